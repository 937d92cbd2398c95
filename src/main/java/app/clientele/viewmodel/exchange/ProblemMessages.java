package app.clientele.viewmodel.exchange;

import app.clientele.exchange.Problem;
import app.clientele.exchange.Where;
import app.clientele.i18n.Texts;

/** Problems in contact files as sentences in the user's language: "line 17: …", "card 3 (line 40): …". */
public final class ProblemMessages {
    private ProblemMessages() {
    }

    public static String describe(Problem problem, Texts texts) {
        Object[] arguments = problem.arguments().stream()
                .map(argument -> argument instanceof String key && key.startsWith("clients.") && texts.has(key)
                        ? texts.get(key) : argument)
                .toArray();
        return where(problem.where(), texts) + ": " + texts.get(problem.messageKey(), arguments);
    }

    /** The same, after the file's name, for the command line. */
    public static String describe(String fileName, Problem problem, Texts texts) {
        return fileName + ", " + describe(problem, texts);
    }

    public static String where(Where where, Texts texts) {
        return where.card() > 0 ? texts.get("import.where.card", where.card(), where.line())
                : texts.get("import.where.line", where.line());
    }
}
