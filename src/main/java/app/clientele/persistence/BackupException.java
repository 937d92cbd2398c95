package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import java.nio.file.Path;

/** A backup could not be written, read or restored; the message names the file. */
public class BackupException extends ClienteleException {
    private static final long serialVersionUID = 1L;

    public BackupException(Throwable cause, Path file) {
        super(cause, "error.backup", file.toString());
    }
}
