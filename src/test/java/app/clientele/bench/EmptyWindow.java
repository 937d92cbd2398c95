package app.clientele.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The start-up baseline: a JavaFX window with one label, started the same way as Clientele. */
public final class EmptyWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Hello"), 1280, 800));
        stage.setOnShown(event -> Platform.runLater(() -> {
            System.out.println("READY " + sinceJvmStart());
            Platform.exit();
        }));
        stage.show();
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
