package app.clientele.app;

import app.clientele.domain.SharedDatabase;
import app.clientele.i18n.Texts;
import app.clientele.logging.LogFiles;
import app.clientele.logging.SafeLog;
import app.clientele.persistence.Encryption;
import app.clientele.view.OpeningProgress;
import app.clientele.view.PasswordPrompt;
import app.clientele.view.Themes;
import app.clientele.viewmodel.ErrorMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * What comes before the window. {@link #begin} runs on the main thread before the JavaFX toolkit
 * starts: it reads the preferences and, for the data folder's own file when it is not encrypted,
 * opens the database (the H2 file and its migration check) on a thread of its own, so that the two
 * slowest parts of start-up run side by side. {@link #open} finishes on the JavaFX thread: the
 * theme, then the database; where a password is needed (an encrypted file, a shared database) the
 * database opens on a thread of its own from there, the password asked on the JavaFX thread. A
 * slow opening shows {@link OpeningProgress}; any failure is shown in a dialog.
 */
public final class Startup {
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    /** Longer than opening a large file takes on a busy machine, far shorter than an upgrade of one. */
    private static final Duration QUIET_OPEN = Duration.ofSeconds(2);
    private final Path dataFolder;
    private final Preferences preferences;
    private final Texts texts;
    private final Optional<SharedDatabase> shared;
    private final Clock clock = Clock.systemDefaultZone();
    /** The data folder's own file being opened since {@link #begin}; null when a password has to be asked first. */
    private CompletableFuture<AppContext> opening;

    private Startup(CommandLine commandLine) {
        dataFolder = DataFolder.resolve(commandLine.option("data"));
        preferences = Preferences.load(dataFolder);
        texts = new Texts(preferences.locale());
        shared = DatabaseChoice.of(commandLine, preferences);
    }

    /** Reads the command line and the preferences and starts opening the database where no password is asked. */
    public static Startup begin(List<String> args) {
        Startup startup = new Startup(CommandLine.parse(args));
        LogFiles.writeTo(startup.dataFolder);
        if (startup.shared.isEmpty() && !Encryption.isEncrypted(startup.dataFolder)) {
            startup.opening = inBackground(() -> AppContext.open(startup.dataFolder, startup.preferences,
                    startup.texts, startup.clock));
        }
        return startup;
    }

    private static CompletableFuture<AppContext> inBackground(Supplier<AppContext> open) {
        return CompletableFuture.supplyAsync(open, work -> {
            Thread thread = new Thread(work, "clientele-open");
            thread.setDaemon(true);
            thread.start();
        });
    }

    public Preferences preferences() {
        return preferences;
    }

    public Texts texts() {
        return texts;
    }

    /**
     * On the JavaFX thread: applies the theme and returns the open context, or null when the user
     * chose to quit or the database could not be opened (said in a dialog).
     */
    public AppContext open() {
        Themes.apply(preferences.theme(), null);
        try {
            AppContext context = open(shared);
            if (context != null) {
                LOG.info(() -> "opened data folder; shared database: " + context.isShared()
                        + "; encrypted: " + context.password().isEnabled());
            }
            return context;
        } catch (RuntimeException failure) {
            SafeLog.failure(LOG, "start-up failed", failure);
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(failure, texts));
            alert.setTitle("Clientele");
            alert.setHeaderText(texts.get("error.startup"));
            alert.showAndWait();
            return null;
        }
    }

    private AppContext open(Optional<SharedDatabase> database) {
        if (database.isEmpty()) {
            OpeningProgress progress = new OpeningProgress(QUIET_OPEN, texts, texts.get("opening.message"));
            return opened(progress, opening != null ? opening : inBackground(() -> AppContext.open(dataFolder,
                    preferences, texts, clock, again -> askPassword(progress, again, "password.prompt"))));
        }
        String where = database.get().describe();
        OpeningProgress progress = new OpeningProgress(QUIET_OPEN, texts, texts.get("opening.shared.message", where));
        while (true) {
            try {
                return opened(progress, inBackground(() -> AppContext.open(dataFolder, database.get(), preferences,
                        texts, clock, again -> askPassword(progress, again, "shared.password.prompt", where))));
            } catch (RuntimeException failure) {
                SafeLog.failure(LOG, "the shared database did not open", failure);
                switch (askWhatNow(failure)) {
                    case LOCAL -> {
                        return open(Optional.empty());
                    }
                    case QUIT -> {
                        return null;
                    }
                    default -> { }
                }
            }
        }
    }

    /** Asked from the opening's thread; the prompt shows on the JavaFX thread. */
    private char[] askPassword(OpeningProgress progress, boolean again, String promptKey, Object... arguments) {
        return progress.ask(() -> PasswordPrompt.ask(null, texts,
                texts.get(again ? "password.prompt.again" : promptKey, arguments)));
    }

    /**
     * Waits for the background opening (a small window says so if it takes longer than a normal open);
     * its failure is thrown here, as if the database had been opened on this thread.
     */
    private static AppContext opened(OpeningProgress progress, CompletableFuture<AppContext> opening) {
        try {
            return progress.await(opening);
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    private enum StartChoice { RETRY, LOCAL, QUIT }

    /**
     * The shared database cannot be opened (the server is down, the password was not given …):
     * try again, work on this computer's own data this time, or quit.
     */
    private StartChoice askWhatNow(RuntimeException failure) {
        ButtonType retry = new ButtonType(texts.get("shared.startup.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(texts.get("shared.startup.local"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(texts.get("action.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(failure, texts), retry, local, quit);
        alert.setTitle("Clientele");
        alert.setHeaderText(texts.get("shared.startup.failed"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(local::equals).isPresent()) {
            return StartChoice.LOCAL;
        }
        return answer.filter(retry::equals).isPresent() ? StartChoice.RETRY : StartChoice.QUIT;
    }
}
