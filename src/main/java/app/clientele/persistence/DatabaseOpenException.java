package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import java.nio.file.Path;

/** The database file could not be opened: unreadable, damaged, or a folder we may not write to. */
public class DatabaseOpenException extends ClienteleException {
    private static final long serialVersionUID = 1L;

    public DatabaseOpenException(Throwable cause, Path folder) {
        super(cause, "error.database.open", folder.toString(), cause.getMessage());
    }
}
