package app.clientele.app;

import app.clientele.i18n.Texts;
import app.clientele.viewmodel.ErrorMessages;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Clientele without the window. Each sub-command prints what it did, exits with 0 on success, and
 * on failure prints one line saying what went wrong and where.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Texts texts = new Texts(Locale.getDefault());

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(CommandLine commandLine) {
        try {
            return switch (commandLine.command()) {
                case "help" -> {
                    out.print(texts.get("cli.help"));
                    yield OK;
                }
                case "version" -> {
                    out.println("Clientele " + version());
                    yield OK;
                }
                default -> {
                    err.println(texts.get("cli.error.unknownCommand", commandLine.command()));
                    yield USAGE;
                }
            };
        } catch (RuntimeException failure) {
            err.println(ErrorMessages.describe(failure, texts));
            return FAILED;
        }
    }

    static int reportUsageError(RuntimeException failure, PrintStream err) {
        err.println(ErrorMessages.describe(failure, new Texts(Locale.getDefault())));
        return USAGE;
    }

    static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
