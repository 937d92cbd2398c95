package app.clientele.exchange;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with one contact in a file, as a message key and arguments for the user's
 * language. A warning means a value was left out (or the contact skipped) and the rest imports;
 * an error means the file cannot be imported until it is fixed.
 */
public record Problem(Where where, Severity severity, String messageKey, List<Object> arguments) {
    public enum Severity { WARNING, ERROR }

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem warning(Where where, String messageKey, Object... arguments) {
        return new Problem(where, Severity.WARNING, messageKey, Arrays.asList(arguments));
    }

    public static Problem error(Where where, String messageKey, Object... arguments) {
        return new Problem(where, Severity.ERROR, messageKey, Arrays.asList(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
