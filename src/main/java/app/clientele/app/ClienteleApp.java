package app.clientele.app;

import app.clientele.i18n.Texts;
import app.clientele.view.Themes;
import app.clientele.viewmodel.ErrorMessages;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The desktop application: opens the data folder, then the main window. */
public final class ClienteleApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
        var dataFolder = DataFolder.resolve(commandLine.option("data"));
        Preferences preferences = Preferences.load(dataFolder);
        Texts texts = new Texts(preferences.locale());
        Themes.apply(preferences.theme(), null);
        try {
            context = AppContext.open(dataFolder, preferences, texts, java.time.Clock.systemDefaultZone());
        } catch (RuntimeException failure) {
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(failure, texts));
            alert.setTitle("Clientele");
            alert.setHeaderText(texts.get("error.startup"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow.open(stage, context);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
