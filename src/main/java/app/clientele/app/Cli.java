package app.clientele.app;

import app.clientele.i18n.Texts;
import app.clientele.logging.LogFiles;
import app.clientele.logging.SafeLog;
import java.nio.file.Path;
import java.util.logging.Logger;
import app.clientele.viewmodel.ErrorMessages;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import app.clientele.domain.SharedDatabase;

/**
 * Clientele without the window. Each sub-command prints what it did and exits with 0 on success;
 * on failure it prints one line saying what went wrong and where, and exits with 1 (2 for a
 * command line that cannot be understood).
 */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** One sub-command, such as {@code export}. */
    @FunctionalInterface
    public interface Command {
        int run(CommandLine commandLine, Cli cli) throws Exception;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Texts texts = new Texts(Locale.getDefault());
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        commands.put("help", (commandLine, cli) -> {
            out.print(helpText());
            return OK;
        });
        commands.put("version", (commandLine, cli) -> {
            out.println("Clientele " + version());
            return OK;
        });
        commands.put("export", ExchangeCommands::export);
        commands.put("import", ExchangeCommands::importFile);
        commands.put("reminders", new RemindersCommand());
        commands.put("demo", new DemoCommand());
        commands.put("copy-to-shared", CopyCommands::toShared);
        commands.put("copy-to-local", CopyCommands::toLocal);
    }

    /** What {@code --help} prints: the general usage, then each sub-command that describes itself. */
    public String helpText() {
        StringBuilder help = new StringBuilder(texts.get("cli.help"));
        // Each sub-command describes itself under its own key, so adding one touches no shared text.
        commands.keySet().stream().filter(name -> texts.has("cli.help." + name))
                .forEach(name -> help.append(texts.get("cli.help." + name)));
        return help.toString();
    }

    public int run(CommandLine commandLine) {
        LogFiles.keepConsoleQuiet();
        // "clientele demo --help" asks how, not to do it: a sub-command given --help never runs.
        if (commandLine.flag("help")) {
            out.print(helpText());
            return OK;
        }
        Command command = commands.get(commandLine.command());
        if (command == null) {
            err.println(texts.get("cli.error.unknownCommand", commandLine.command()));
            return USAGE;
        }
        try {
            return command.run(commandLine, this);
        } catch (Exception failure) {
            SafeLog.failure(LOG, "command " + commandLine.command() + " failed", failure);
            err.println(ErrorMessages.describe(failure, texts));
            return FAILED;
        }
    }

    /**
     * Opens the data folder named by {@code --data}, the environment, or the system default, and
     * the database chosen by {@code --db} or the settings (see {@link DatabaseChoice}).
     */
    public AppContext openContext(CommandLine commandLine) {
        Path dataFolder = DataFolder.resolve(commandLine.option("data"));
        LogFiles.writeTo(dataFolder);
        Preferences preferences = Preferences.load(dataFolder);
        Optional<SharedDatabase> shared = DatabaseChoice.of(commandLine, preferences);
        AppContext context = shared.isPresent()
                ? AppContext.open(dataFolder, shared.get(), preferences, new Texts(preferences.locale()),
                        Clock.systemDefaultZone(), again -> sharedPassword(shared.get(), again))
                : AppContext.open(dataFolder, this::askPassword);
        // The window does this in the background once its clients are in; a command does it first.
        context.trash().purgeExpired();
        return context;
    }

    /** Opens the data folder's own file, whatever database {@code --db} names. */
    AppContext openLocalContext(CommandLine commandLine) {
        Path dataFolder = DataFolder.resolve(commandLine.option("data"));
        LogFiles.writeTo(dataFolder);
        return AppContext.open(dataFolder, this::askPassword);
    }

    /**
     * The shared database's password: from {@value AppContext#DB_PASSWORD_VARIABLE}, else typed at
     * the terminal; null without either (a scheduled job).
     */
    char[] sharedPassword(SharedDatabase shared, boolean again) {
        String fromEnvironment = System.getenv(AppContext.DB_PASSWORD_VARIABLE);
        if (fromEnvironment != null && !again) {
            return fromEnvironment.toCharArray();
        }
        java.io.Console console = System.console();
        return console == null ? null : console.readPassword("%s",
                texts.get(again ? "password.prompt.again" : "shared.password.prompt", shared.describe()));
    }

    /**
     * The password of an encrypted folder: from the CLIENTELE_PASSWORD environment variable for
     * scheduled jobs, else typed at the terminal.
     */
    char[] askPassword(boolean again) {
        String fromEnvironment = System.getenv("CLIENTELE_PASSWORD");
        if (fromEnvironment != null && !again) {
            return fromEnvironment.toCharArray();
        }
        java.io.Console console = System.console();
        return console == null || again && fromEnvironment != null ? null
                : console.readPassword("%s", texts.get(again ? "password.prompt.again" : "password.prompt"));
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Texts texts() {
        return texts;
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
