package app.clientele.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.clientele.domain.Client;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.PasswordChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Start-up as the launcher runs it: begun before the toolkit, finished on the JavaFX thread. */
class StartupTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void unencryptedDataFolder_opensWithoutAskingAnything() throws Exception {
        Path data = folderWith("Ann");
        Startup startup = Startup.begin(List.of("--data", data.toString()));

        try (AppContext context = WaitForAsyncUtils.asyncFx(startup::open).get(30, TimeUnit.SECONDS)) {
            assertEquals(1, context.clients().count());
            assertEquals(data, context.dataFolder());
        }
    }

    @Test
    void dataFolderThatCannotBeCreated_isReportedInADialogNamingIt() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("taken"), "a file where the data folder should be");
        Startup startup = Startup.begin(List.of("--data", notAFolder.toString()));

        Future<AppContext> opening = WaitForAsyncUtils.asyncFx(startup::open);
        DialogPane dialog = shownDialog();
        assertTrue(dialog.getContentText().contains(notAFolder.toString()), dialog.getContentText());
        press(dialog, ButtonBar.ButtonData.OK_DONE);

        assertNull(opening.get(30, TimeUnit.SECONDS));
    }

    @Test
    void encryptedDataFolder_opensOnItsOwnThreadOnceThePasswordIsGiven() throws Exception {
        Startup startup = Startup.begin(List.of("--data", encryptedFolderWith("Ann").toString()));

        Future<AppContext> opening = WaitForAsyncUtils.asyncFx(startup::open);
        DialogPane prompt = shownDialog();
        assertTrue(openingThreadIsIn("openDatabase"), "the password should be awaited on a thread of its own");
        answer(prompt, "secret");

        try (AppContext context = opening.get(30, TimeUnit.SECONDS)) {
            assertEquals(1, context.clients().count());
            assertTrue(context.password().isEnabled());
        }
    }

    @Test
    void encryptedDataFolder_wrongPassword_isAskedAgainThenOpensWithTheRightOne() throws Exception {
        Startup startup = Startup.begin(List.of("--data", encryptedFolderWith("Ann").toString()));

        Future<AppContext> opening = WaitForAsyncUtils.asyncFx(startup::open);
        DialogPane first = shownDialog();
        answer(first, "guess");
        DialogPane again = shownDialogOtherThan(first);
        assertTrue(labelsOf(again).contains(startup.texts().get("password.prompt.again")), labelsOf(again));
        answer(again, "secret");

        try (AppContext context = opening.get(30, TimeUnit.SECONDS)) {
            assertEquals(1, context.clients().count());
        }
    }

    @Test
    void encryptedDataFolder_promptCancelled_saysThePasswordIsNeededAndOpensNothing() throws Exception {
        Startup startup = Startup.begin(List.of("--data", encryptedFolderWith("Ann").toString()));

        Future<AppContext> opening = WaitForAsyncUtils.asyncFx(startup::open);
        DialogPane prompt = shownDialog();
        press(prompt, ButtonBar.ButtonData.CANCEL_CLOSE);
        DialogPane error = shownDialogOtherThan(prompt);
        assertEquals(startup.texts().get("error.database.passwordNeeded"), error.getContentText());
        press(error, ButtonBar.ButtonData.OK_DONE);

        assertNull(opening.get(30, TimeUnit.SECONDS));
    }

    @Test
    void sharedDatabaseThatCannotBeReached_isOpenedOnItsOwnThread_thenThisComputersDataOpensInstead() throws Exception {
        assumeTrue(System.getenv(AppContext.DB_PASSWORD_VARIABLE) == null, "the password would not be asked");
        Path data = folderWith("Ann");
        Startup startup = Startup.begin(List.of("--data", data.toString(),
                "--db", "jdbc:postgresql://127.0.0.1:1/clientele", "--db-user", "anna"));

        Future<AppContext> opening = WaitForAsyncUtils.asyncFx(startup::open);
        DialogPane prompt = shownDialog();
        assertTrue(openingThreadIsIn("openShared"), "the password should be awaited on a thread of its own");
        answer(prompt, "secret");
        DialogPane failed = shownDialogOtherThan(prompt);
        press(failed, ButtonBar.ButtonData.OTHER);

        try (AppContext context = opening.get(30, TimeUnit.SECONDS)) {
            assertFalse(context.isShared());
            assertEquals(1, context.clients().count());
        }
    }

    private Path encryptedFolderWith(String clientName) {
        Path data = folderWith(clientName);
        try (Database database = Database.open(data)) {
            new PasswordChange(database).change("secret".toCharArray());
        }
        return data;
    }

    private Path folderWith(String clientName) {
        Path data = folder.resolve("data");
        try (Database database = Database.open(data)) {
            new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).create(Client.named(clientName));
        }
        return data;
    }

    /** Waits for the dialog start-up shows and returns its content. */
    private static DialogPane shownDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogPane().isPresent());
        return dialogPane().orElseThrow();
    }

    private static DialogPane shownDialogOtherThan(DialogPane previous) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogPane().filter(pane -> pane != previous).isPresent());
        return dialogPane().orElseThrow();
    }

    private static Optional<DialogPane> dialogPane() {
        return Window.getWindows().stream().filter(Window::isShowing).map(window -> window.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    /** Whether start-up's own thread (not the JavaFX thread) is inside that method of {@link AppContext}. */
    private static boolean openingThreadIsIn(String method) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().equals("clientele-open"))
                .anyMatch(thread -> Arrays.stream(thread.getValue()).anyMatch(frame ->
                        frame.getClassName().equals(AppContext.class.getName())
                                && frame.getMethodName().equals(method)));
    }

    private static String labelsOf(DialogPane dialog) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> dialog.lookupAll(".label").stream()
                .map(node -> ((Label) node).getText()).reduce("", String::concat)).get();
    }

    private static void answer(DialogPane prompt, String password) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ((PasswordField) prompt.lookup("#passwordField")).setText(password)).get();
        press(prompt, ButtonBar.ButtonData.OK_DONE);
    }

    private static void press(DialogPane dialog, ButtonBar.ButtonData which) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> dialog.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == which).findFirst()
                .map(type -> (Button) dialog.lookupButton(type)).orElseThrow().fire()).get();
    }
}
