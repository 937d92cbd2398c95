package app.clientele.viewmodel;

import app.clientele.domain.ClienteleException;
import app.clientele.i18n.Texts;

/** Turns a failure into a sentence for the user instead of a stack trace. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String describe(Throwable failure, Texts texts) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClienteleException known) {
                return texts.get(known.messageKey(), known.arguments());
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return texts.get("error.unexpected", detail);
    }
}
