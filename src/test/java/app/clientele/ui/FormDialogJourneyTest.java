package app.clientele.ui;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A form dialog is opened, closed and opened again, as a user logs one call after another. */
class FormDialogJourneyTest extends JourneyTest {
    @BeforeEach
    void start() throws Exception {
        Path data = folder.resolve("data");
        seed(data, aClient().withName("Jane Doe").build());
        startApp(data, "en");
    }

    @Test
    void logDialog_cancelledAndOpenedAgain_isStyledWithoutCssWarnings() throws Exception {
        clickOn("#clientsNav");
        clickOn("Jane Doe");
        try (CssWarnings warnings = new CssWarnings()) {
            openLogDialog();
            press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            await(() -> lookup("#logInteractionDialog").tryQuery().isEmpty());

            openLogDialog();

            assertEquals(List.of(), warnings.messages());
        }
    }

    @Test
    void logDialog_openedAgainAfterTheMainWindowMoved_isCentredOnItAgain() throws Exception {
        clickOn("#clientsNav");
        clickOn("Jane Doe");
        openLogDialog();
        Window main = ((Stage) lookup("#logInteractionDialog").query().getScene().getWindow()).getOwner();
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        await(() -> lookup("#logInteractionDialog").tryQuery().isEmpty());
        interact(() -> main.setX(main.getX() + 40));

        openLogDialog();

        Window dialog = lookup("#logInteractionDialog").query().getScene().getWindow();
        assertEquals(main.getX() + main.getWidth() / 2, dialog.getX() + dialog.getWidth() / 2, 1.0);
        assertEquals(main.getY() + main.getHeight() / 2, dialog.getY() + dialog.getHeight() / 2, 1.0);
    }

    private void openLogDialog() throws Exception {
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(() -> lookup("#logInteractionDialog").tryQuery().isPresent());
    }
}
