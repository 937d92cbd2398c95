package app.clientele.view;

import app.clientele.i18n.Texts;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Waits on the JavaFX thread for the data folder to open. Most opens take a moment and show nothing;
 * one that takes longer (an upgrade from an earlier version builds indexes: a minute on a large file)
 * shows a small window saying what is happening, so that nobody takes the wait for a hang and closes
 * Clientele in the middle of an upgrade.
 */
public final class OpeningProgress {
    private OpeningProgress() {
    }

    /** Returns what {@code opening} gives, as {@link CompletableFuture#join} would, showing the window after {@code quiet}. */
    public static <T> T await(CompletableFuture<T> opening, Duration quiet, Texts texts) {
        try {
            opening.get(quiet.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            Stage window = show(texts);
            Object loop = new Object();
            opening.whenComplete((result, failure) -> Platform.runLater(() -> Platform.exitNestedEventLoop(loop, null)));
            Platform.enterNestedEventLoop(loop);
            window.hide();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            // join() below throws it the way callers expect.
        }
        return opening.join();
    }

    private static Stage show(Texts texts) {
        Label message = new Label(texts.get("opening.message"));
        message.setWrapText(true);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        Label title = new Label(texts.get("opening.title"));
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        VBox root = new VBox(12, title, message, progress);
        root.setId("openingProgress");
        root.setStyle("-fx-padding: 20;");
        root.setPrefWidth(420);
        Fonts.useKoreanFontIfKorean(root, texts.locale());
        Stage window = new Stage(StageStyle.UTILITY);
        window.setTitle("Clientele");
        window.setScene(new Scene(root));
        // The upgrade cannot be stopped half way; closing this window would only hide what is going on.
        window.setOnCloseRequest(event -> event.consume());
        window.show();
        return window;
    }
}
