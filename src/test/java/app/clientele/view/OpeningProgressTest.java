package app.clientele.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.i18n.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The wait on the JavaFX thread for the data to open, the window a slow open shows, and the questions it asks. */
class OpeningProgressTest {
    private static final String MESSAGE = "Clientele is opening your data file.";
    private final Texts texts = new Texts(Locale.ENGLISH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void quickOpen_showsNoWindow() throws Exception {
        CompletableFuture<String> opening = CompletableFuture.completedFuture("context");

        String opened = WaitForAsyncUtils.asyncFx(() ->
                new OpeningProgress(Duration.ofSeconds(5), texts, MESSAGE).await(opening))
                .get(10, TimeUnit.SECONDS);

        assertEquals("context", opened);
        assertFalse(progressShowing());
    }

    @Test
    void slowOpen_saysSoUntilTheDataIsOpen() throws Exception {
        CompletableFuture<String> opening = new CompletableFuture<>();

        Future<String> waiting = WaitForAsyncUtils.asyncFx(() ->
                new OpeningProgress(Duration.ofMillis(50), texts, MESSAGE).await(opening));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OpeningProgressTest::progressShowing);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> shownTexts().contains("Opening your data…" + MESSAGE)).get());
        opening.complete("context");

        assertEquals("context", waiting.get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progressShowing());
    }

    @Test
    void slowOpenThatFails_closesTheWindowAndThrowsTheFailure() throws Exception {
        CompletableFuture<String> opening = new CompletableFuture<>();
        IllegalStateException failure = new IllegalStateException("the file is in use");

        Future<String> waiting = WaitForAsyncUtils.asyncFx(() ->
                new OpeningProgress(Duration.ofMillis(50), texts, MESSAGE).await(opening));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OpeningProgressTest::progressShowing);
        opening.completeExceptionally(failure);

        ExecutionException thrown = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertSame(failure, ((CompletionException) thrown.getCause()).getCause());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progressShowing());
    }

    @Test
    void passwordPrompt_keepsTheWindowAwayWhileItWaits_thenTheQuietTimeStartsAgain() throws Exception {
        CompletableFuture<String> afterThePassword = new CompletableFuture<>();

        Future<String> waiting = openingThatAsks(progress -> {
            char[] password = progress.ask(() -> PasswordPrompt.ask(null, texts, "Password?"));
            return new String(password) + afterThePassword.join();
        });
        DialogPane prompt = shownPrompt();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertFalse(progressShowing(), "shown while the password prompt waited");
        answer(prompt, "secret");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OpeningProgressTest::progressShowing);
        afterThePassword.complete(" opened");

        assertEquals("secret opened", waiting.get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progressShowing());
    }

    @Test
    void questionAfterTheWindowShowed_hidesItWhileWaitingForTheAnswer() throws Exception {
        CompletableFuture<Void> windowShown = new CompletableFuture<>();

        Future<String> waiting = openingThatAsks(progress -> {
            windowShown.join();
            return new String(progress.ask(() -> PasswordPrompt.ask(null, texts, "Password?")));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OpeningProgressTest::progressShowing);
        windowShown.complete(null);
        DialogPane prompt = shownPrompt();
        assertFalse(progressShowing(), "shown beside the password prompt");
        answer(prompt, "secret");

        assertEquals("secret", waiting.get(10, TimeUnit.SECONDS));
    }

    /** Waits on the JavaFX thread for an opening that runs on another thread, as start-up does. */
    private Future<String> openingThatAsks(Function<OpeningProgress, String> open) {
        return WaitForAsyncUtils.asyncFx(() -> {
            OpeningProgress progress = new OpeningProgress(Duration.ofMillis(50), texts, MESSAGE);
            return progress.await(CompletableFuture.supplyAsync(() -> open.apply(progress)));
        });
    }

    private static DialogPane shownPrompt() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingPrompt().isPresent());
        return showingPrompt().orElseThrow();
    }

    private static Optional<DialogPane> showingPrompt() {
        return Window.getWindows().stream().filter(Window::isShowing).map(window -> window.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    private static void answer(DialogPane prompt, String password) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ((PasswordField) prompt.lookup("#passwordField")).setText(password);
            prompt.getButtonTypes().stream().filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                    .map(type -> (Button) prompt.lookupButton(type)).findFirst().orElseThrow().fire();
        }).get();
    }

    private static boolean progressShowing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .anyMatch(window -> window.getScene() != null && window.getScene().lookup("#openingProgress") != null))
                .get(10, TimeUnit.SECONDS);
    }

    private static String shownTexts() {
        return Window.getWindows().stream().filter(window -> window.getScene() != null)
                .flatMap(window -> window.getScene().getRoot().lookupAll(".label").stream())
                .map(node -> ((Label) node).getText()).reduce("", String::concat);
    }
}
