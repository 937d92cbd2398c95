package app.clientele.ui;

import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.app.Preferences;
import app.clientele.domain.SharedDatabase;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pointing Clientele at the firm's server from File › Shared database…: the connection is tested
 * before it is kept, and the next start will open it (needs a PostgreSQL server for tests).
 */
class SharedDatabaseJourneyTest extends JourneyTest {
    @BeforeEach
    void start() throws Exception {
        startApp(folder, "en");
    }

    @Test
    void settingsDialog_testsTheConnectionThenKeepsTheServerForTheNextStart() throws Exception {
        try (TestDatabase server = TestDatabase.fresh(Engine.POSTGRESQL, folder)) {
            SharedDatabase shared = server.shared();
            clickOn("File").clickOn("Shared database…");
            await(() -> lookup("#hostField").tryQuery().isPresent());
            assertTrue(lookup("#testConnectionButton").queryAs(Button.class).isDisabled(), "no server named yet");
            assertEquals("Working now on this computer’s own data.", lookup("#statusLabel").queryAs(Label.class)
                    .getText());

            clickOn("#hostField").write(shared.host());
            doubleClickOn("#portField").write(Integer.toString(shared.port()));
            doubleClickOn("#databaseField").write(shared.database());
            clickOn("#userField").write(shared.user());
            clickOn("#passwordField").write(new String(TestDatabase.password()));
            clickOn("#testConnectionButton");
            await(() -> lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Connected to "));
            clickOn("#sharedDatabaseDialogSave");
            await(() -> Preferences.load(folder).sharedDatabase().isPresent());

            assertEquals(shared.user() + "@" + shared.host() + ":" + shared.port() + "/" + shared.database(),
                    Preferences.load(folder).sharedDatabase().orElseThrow().describe());
        }
    }
}
