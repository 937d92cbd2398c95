package app.clientele.view;

import app.clientele.i18n.Texts;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Waits on the JavaFX thread for the database to open on a thread of its own. Most opens take a
 * moment and show nothing; one that takes longer (an upgrade from an earlier version builds indexes:
 * a minute on a large file) shows a small window saying what is happening, so that nobody takes the
 * wait for a hang and closes Clientele in the middle of an upgrade. The opening may ask the user
 * something first (a password, through {@link #ask}); the time the question waits for an answer
 * does not count as opening.
 */
public final class OpeningProgress {
    private final Texts texts;
    private final String message;
    /** Runs while the opening is under way and no question waits; when it runs out, the window shows. */
    private final PauseTransition quietTime;
    private Stage window;

    /** On the JavaFX thread; {@code message} says what is being opened. */
    public OpeningProgress(Duration quiet, Texts texts, String message) {
        this.texts = texts;
        this.message = message;
        this.quietTime = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
        quietTime.setOnFinished(event -> show());
    }

    /**
     * Returns what {@code opening} gives, as {@link CompletableFuture#join} would, while the JavaFX
     * thread goes on handling events (the questions {@link #ask} puts among them).
     */
    public <T> T await(CompletableFuture<T> opening) {
        if (!opening.isDone()) {
            quietTime.playFromStart();
            Object loop = new Object();
            opening.whenComplete((result, failure) -> Platform.runLater(() -> Platform.exitNestedEventLoop(loop, null)));
            Platform.enterNestedEventLoop(loop);
            quietTime.stop();
            hide();
        }
        return opening.join();
    }

    /**
     * From the opening's thread: asks the user on the JavaFX thread and returns the answer, with
     * the window hidden and the quiet time starting again once the question is answered.
     */
    public <A> A ask(Supplier<A> question) {
        return CompletableFuture.supplyAsync(() -> {
            quietTime.stop();
            hide();
            try {
                return question.get();
            } finally {
                quietTime.playFromStart();
            }
        }, Platform::runLater).join();
    }

    private void show() {
        if (window == null) {
            window = create();
        }
        window.show();
    }

    private void hide() {
        if (window != null) {
            window.hide();
        }
    }

    private Stage create() {
        Label what = new Label(message);
        what.setWrapText(true);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        Label title = new Label(texts.get("opening.title"));
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        VBox root = new VBox(12, title, what, progress);
        root.setId("openingProgress");
        root.setStyle("-fx-padding: 20;");
        root.setPrefWidth(420);
        Fonts.useKoreanFontIfKorean(root, texts.locale());
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle("Clientele");
        stage.setScene(new Scene(root));
        // The upgrade cannot be stopped half way; closing this window would only hide what is going on.
        stage.setOnCloseRequest(event -> event.consume());
        return stage;
    }
}
