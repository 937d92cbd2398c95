package app.clientele.domain;

/** A save was based on a version of the record that someone else has changed or removed since. */
public class StaleDataException extends ClienteleException {
    private static final long serialVersionUID = 1L;

    public StaleDataException(long clientId) {
        super("error.stale", clientId);
    }
}
