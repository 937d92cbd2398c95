package app.clientele.app;

import app.clientele.domain.SharedDatabase;
import app.clientele.i18n.Texts;
import app.clientele.logging.LogFiles;
import app.clientele.logging.SafeLog;
import app.clientele.view.PasswordPrompt;
import app.clientele.view.Themes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import app.clientele.viewmodel.ErrorMessages;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

/** The desktop application: opens the data folder and its database (or the shared one), then the main window. */
public final class ClienteleApp extends Application {
    private static final Logger LOG = Logger.getLogger(ClienteleApp.class.getName());
    private AppContext context;

    @Override
    public void start(Stage stage) {
        CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
        var dataFolder = DataFolder.resolve(commandLine.option("data"));
        Preferences preferences = Preferences.load(dataFolder);
        Texts texts = new Texts(preferences.locale());
        Themes.apply(preferences.theme(), null);
        LogFiles.writeTo(dataFolder);
        try {
            context = open(dataFolder, DatabaseChoice.of(commandLine, preferences), preferences, texts);
            if (context == null) {
                Platform.exit();
                return;
            }
            LOG.info(() -> "opened data folder; shared database: " + context.isShared()
                    + "; encrypted: " + context.password().isEnabled());
        } catch (RuntimeException failure) {
            SafeLog.failure(LOG, "start-up failed", failure);
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(failure, texts));
            alert.setTitle("Clientele");
            alert.setHeaderText(texts.get("error.startup"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        askNameAtFirstStart(preferences, texts);
        MainWindow.open(stage, context, getHostServices()::showDocument);
    }

    private AppContext open(Path dataFolder, Optional<SharedDatabase> shared, Preferences preferences, Texts texts) {
        Clock clock = Clock.systemDefaultZone();
        if (shared.isEmpty()) {
            return AppContext.open(dataFolder, preferences, texts, clock, again ->
                    PasswordPrompt.ask(null, texts, texts.get(again ? "password.prompt.again" : "password.prompt")));
        }
        String where = shared.get().describe();
        while (true) {
            try {
                return AppContext.open(dataFolder, shared.get(), preferences, texts, clock, again ->
                        PasswordPrompt.ask(null, texts,
                                texts.get(again ? "password.prompt.again" : "shared.password.prompt", where)));
            } catch (RuntimeException failure) {
                SafeLog.failure(LOG, "the shared database did not open", failure);
                switch (askWhatNow(failure, texts)) {
                    case LOCAL -> {
                        return open(dataFolder, Optional.empty(), preferences, texts);
                    }
                    case QUIT -> {
                        return null;
                    }
                    default -> { }
                }
            }
        }
    }

    private enum StartChoice { RETRY, LOCAL, QUIT }

    /**
     * The shared database cannot be opened (the server is down, the password was not given …):
     * try again, work on this computer's own data this time, or quit.
     */
    private static StartChoice askWhatNow(RuntimeException failure, Texts texts) {
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

    /**
     * Asks once for the name colleagues see next to this user's changes, offering the login name
     * (of the shared database, or of this computer).
     */
    private void askNameAtFirstStart(Preferences preferences, Texts texts) {
        if (preferences.userName() != null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(context.database().actingUser());
        dialog.setTitle("Clientele");
        dialog.setHeaderText(texts.get("who.firstStart.header"));
        dialog.setContentText(texts.get("who.firstStart.name"));
        dialog.getEditor().setId("userNameField");
        String name = dialog.showAndWait().map(String::strip).filter(typed -> !typed.isEmpty())
                .orElse(context.database().actingUser());
        preferences.setUserName(name);
        preferences.save();
        context.database().setActingUser(name);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
