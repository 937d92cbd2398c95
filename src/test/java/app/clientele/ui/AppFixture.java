package app.clientele.ui;

import app.clientele.app.AppContext;
import app.clientele.app.MainWindow;
import app.clientele.app.Preferences;
import app.clientele.i18n.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real Clientele window on a data folder, as a user would, for TestFX journeys. */
public final class AppFixture {
    private final Path dataFolder;
    private final String language;
    private AppContext context;
    private MainWindow window;
    private final List<String> openedLinks = new CopyOnWriteArrayList<>();

    public AppFixture(Path dataFolder, String language) {
        this.dataFolder = dataFolder;
        this.language = language;
    }

    public void start() throws TimeoutException {
        Preferences preferences = Preferences.load(dataFolder);
        preferences.setLanguage(language);
        preferences.save();
        context = AppContext.open(dataFolder, preferences, new Texts(preferences.locale()), Clock.systemDefaultZone());
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            window = MainWindow.open(stage, context, openedLinks::add);
            // Tall enough that the whole client form is on screen for the robot's clicks, and in the
            // headless screen's corner (headless.geometry in pom.xml): Monocle cannot draw a window
            // that reaches past the screen's right or bottom edge, each repaint of it fails with a
            // BufferOverflowException.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(1600);
            stage.setHeight(1150);
            if (stage.getWidth() > screen.getWidth() || stage.getHeight() > screen.getHeight()) {
                throw new IllegalStateException("the headless screen " + screen + " is smaller than the window");
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window and then the database, like quitting the app (unsaved edits are dropped). */
    public void stop() throws TimeoutException {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.close());
            WaitForAsyncUtils.waitForFxEvents();
            window = null;
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public void restart() throws TimeoutException {
        stop();
        start();
    }

    /** The links the app asked to open (mailto: greetings), in order. */
    public List<String> openedLinks() {
        return openedLinks;
    }

    public AppContext context() {
        return context;
    }

    /** Waits (up to ten seconds) for background work to show its result. */
    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
