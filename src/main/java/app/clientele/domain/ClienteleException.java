package app.clientele.domain;

import java.util.Arrays;

/**
 * A failure the user must be told about in their own language. It carries a message key and
 * arguments that the UI or command line turns into text; the English default is for logs only,
 * so it must never contain client data.
 */
public class ClienteleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] arguments;

    public ClienteleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public ClienteleException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
