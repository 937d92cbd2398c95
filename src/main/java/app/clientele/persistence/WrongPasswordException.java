package app.clientele.persistence;

import app.clientele.domain.ClienteleException;

/** The password given does not unlock the encrypted database file. */
public class WrongPasswordException extends ClienteleException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(Throwable cause) {
        super(cause, "error.database.wrongPassword");
    }
}
