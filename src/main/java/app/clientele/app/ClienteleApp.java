package app.clientele.app;

import app.clientele.i18n.Texts;
import java.util.Arrays;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

/**
 * The desktop application: opens the data folder and its database (or the shared one), then the main
 * window. {@link #openWindow} begins opening the database before the JavaFX toolkit starts (see {@link Startup}).
 */
public final class ClienteleApp extends Application {
    private static volatile Startup begun;
    private AppContext context;

    static void openWindow(String[] args) {
        begun = Startup.begin(Arrays.asList(args));
        Application.launch(ClienteleApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Startup startup = begun != null ? begun : Startup.begin(getParameters().getRaw());
        context = startup.open();
        if (context == null) {
            Platform.exit();
            return;
        }
        askNameAtFirstStart(startup.preferences(), startup.texts());
        MainWindow.open(stage, context, getHostServices()::showDocument);
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
