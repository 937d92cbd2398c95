package app.clientele.logging;

import app.clientele.domain.ClienteleException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Logging that never writes client data. Exception messages can quote names, emails or whole SQL
 * rows (a database constraint error does), so a failure is logged by its kinds, codes and stack
 * frames only; what is logged otherwise must be ids and counts.
 */
public final class SafeLog {
    private static final int FRAMES = 12;

    private SafeLog() {
    }

    public static void failure(Logger logger, String what, Throwable failure) {
        logger.log(Level.WARNING, () -> what + ": " + describe(failure));
    }

    /** The chain of causes as "Kind[code]" without messages, then where the first one was thrown. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause != failure) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getName());
            if (cause instanceof ClienteleException known) {
                text.append("[").append(known.messageKey()).append("]");
            } else if (cause instanceof SQLException sql) {
                text.append("[").append(sql.getSQLState()).append("/").append(sql.getErrorCode()).append("]");
            }
            root = cause;
        }
        String frames = Arrays.stream(root.getStackTrace()).limit(FRAMES)
                .map(frame -> "\n    at " + frame).collect(Collectors.joining());
        return text + frames;
    }
}
