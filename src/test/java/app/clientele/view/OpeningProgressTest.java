package app.clientele.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.i18n.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The wait for the data folder to open, on the JavaFX thread, with the window a slow open shows. */
class OpeningProgressTest {
    private final Texts texts = new Texts(Locale.ENGLISH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void quickOpen_showsNoWindow() throws Exception {
        CompletableFuture<String> opening = CompletableFuture.completedFuture("context");

        String opened = WaitForAsyncUtils.asyncFx(() -> OpeningProgress.await(opening, Duration.ofSeconds(5), texts))
                .get(10, TimeUnit.SECONDS);

        assertEquals("context", opened);
        assertFalse(progressShowing());
    }

    @Test
    void slowOpen_saysSoUntilTheDataIsOpen() throws Exception {
        CompletableFuture<String> opening = new CompletableFuture<>();

        Future<String> waiting = WaitForAsyncUtils.asyncFx(() -> OpeningProgress.await(opening, Duration.ofMillis(50), texts));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OpeningProgressTest::progressShowing);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> shownTexts().contains("Opening your data…")).get());
        opening.complete("context");

        assertEquals("context", waiting.get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progressShowing());
    }

    @Test
    void slowOpenThatFails_closesTheWindowAndThrowsTheFailure() throws Exception {
        CompletableFuture<String> opening = new CompletableFuture<>();
        IllegalStateException failure = new IllegalStateException("the file is in use");

        Future<String> waiting = WaitForAsyncUtils.asyncFx(() -> OpeningProgress.await(opening, Duration.ofMillis(50), texts));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OpeningProgressTest::progressShowing);
        opening.completeExceptionally(failure);

        ExecutionException thrown = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertSame(failure, ((CompletionException) thrown.getCause()).getCause());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progressShowing());
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
