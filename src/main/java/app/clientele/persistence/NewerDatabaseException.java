package app.clientele.persistence;

import app.clientele.domain.ClienteleException;

/** The database was written by a newer Clientele whose schema this version does not know. */
public class NewerDatabaseException extends ClienteleException {
    private static final long serialVersionUID = 1L;

    public NewerDatabaseException(int fileVersion, int supportedVersion) {
        super("error.database.newer", fileVersion, supportedVersion);
    }
}
