package app.clientele.app;

import app.clientele.i18n.Texts;
import app.clientele.logging.LogFiles;
import app.clientele.logging.SafeLog;
import app.clientele.view.PasswordPrompt;
import app.clientele.view.Themes;
import java.time.Clock;
import java.util.logging.Logger;
import app.clientele.viewmodel.ErrorMessages;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The desktop application: opens the data folder, then the main window. */
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
            context = AppContext.open(dataFolder, preferences, texts, Clock.systemDefaultZone(),
                    again -> PasswordPrompt.ask(null, texts, texts.get(again ? "password.prompt.again" : "password.prompt")));
            LOG.info(() -> "opened data folder; encrypted: " + context.password().isEnabled());
        } catch (RuntimeException failure) {
            SafeLog.failure(LOG, "start-up failed", failure);
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(failure, texts));
            alert.setTitle("Clientele");
            alert.setHeaderText(texts.get("error.startup"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow.open(stage, context, getHostServices()::showDocument);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
