package app.clientele.viewmodel.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Backups;
import app.clientele.persistence.Database;
import app.clientele.persistence.Encryption;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.PasswordChange;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSafetyViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger reloads = new AtomicInteger();
    private Database database;
    private JdbiClientRepository clients;
    private Backups backups;
    private DataSafetyViewModel safety;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        clients = new JdbiClientRepository(database.jdbi(), clock);
        backups = new Backups(database, clock);
        safety = new DataSafetyViewModel(backups, new PasswordChange(database), new SameThreadTaskRunner(), dialogs,
                new Texts(Locale.ENGLISH), clock, reloads::incrementAndGet);
        clients.create(Client.named("Ann"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void backUpNow_writesTheChosenFileAndSaysWhere() {
        Path target = elsewhere.resolve("mine.zip");
        dialogs.answerFile(target);

        safety.backUpNow();

        assertTrue(Files.exists(target));
        assertEquals(List.of("save:clientele-backup-2026-11-29.zip"), dialogs.asked());
        assertEquals(List.of("The backup was written to " + target + " and checked."), dialogs.infos());
    }

    @Test
    void restore_showsWhatTheBackupHoldsAndRestoresOnlyWhenConfirmed() {
        Path backup = backups.backUpTo(elsewhere.resolve("one-client.zip"));
        clients.create(Client.named("Bob"));
        dialogs.answerFile(backup).answerConfirm(false).answerFile(backup).answerConfirm(true);

        safety.restore();
        assertEquals(2, clients.count(), "declined: nothing changes");

        safety.restore();
        assertEquals(1, clients.count());
        assertEquals(1, reloads.get(), "the window reloads what it shows");
        assertTrue(dialogs.infos().get(0).startsWith("The backup was restored."));
    }

    @Test
    void password_setAndRemoved_encryptsAndDecryptsTheFile() {
        dialogs.answerPassword("s3cret").answerConfirm(true);

        safety.setPassword();
        assertTrue(safety.encryptedProperty().get());
        assertTrue(Encryption.isEncrypted(folder));

        safety.removePassword();
        assertFalse(safety.encryptedProperty().get());
        assertFalse(Encryption.isEncrypted(folder));
        assertEquals(1, clients.count());
    }

    @Test
    void setPassword_cancelled_changesNothing() {
        dialogs.answerPassword(null);
        safety.setPassword();
        assertFalse(Encryption.isEncrypted(folder));
    }

    @Test
    void deletedDatabaseFile_isWrittenBackAndTheUserIsTold() throws Exception {
        Files.delete(folder.resolve("clientele.mv.db"));

        safety.checkDatabaseFile();

        assertTrue(Files.exists(folder.resolve("clientele.mv.db")));
        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().get(0).startsWith("The database file was deleted while Clientele was open."));
        assertEquals(1, clients.count());
    }

    @Test
    void backUpOnExit_makesTheDailyBackupThenCloses() {
        AtomicInteger closed = new AtomicInteger();
        safety.backUpOnExit(closed::incrementAndGet);
        safety.backUpOnExit(closed::incrementAndGet);
        assertEquals(2, closed.get());
        assertEquals(1, backups.list().size(), "at most one automatic backup a day");
    }
}
