package app.clientele.persistence;

import app.clientele.domain.ClienteleException;

/** Another Clientele (another process) already has this data folder's database open. */
public class DatabaseInUseException extends ClienteleException {
    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(Throwable cause) {
        super(cause, "error.database.inUse");
    }
}
