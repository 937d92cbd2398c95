package app.clientele.exchange;

import app.clientele.domain.ClienteleException;

/** A contact file that cannot be read or written at all, with what went wrong and where. */
public class ExchangeException extends ClienteleException {
    private static final long serialVersionUID = 1L;

    public ExchangeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public ExchangeException(Throwable cause, String messageKey, Object... arguments) {
        super(cause, messageKey, arguments);
    }
}
