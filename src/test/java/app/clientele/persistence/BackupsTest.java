package app.clientele.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.BackupFile;
import app.clientele.domain.BackupPreview;
import app.clientele.domain.Client;
import app.clientele.testutil.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), SEOUL);
    private Database database;
    private JdbiClientRepository clients;
    private Backups backups;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        clients = new JdbiClientRepository(database.jdbi(), clock);
        backups = new Backups(database, clock);
        clients.create(Client.named("Before the backup"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void backUpTo_writesAVerifiedZipThatPreviewsItsContents() {
        Path target = backups.backUpTo(elsewhere.resolve("monday.zip"));

        BackupPreview preview = backups.preview(target, (char[]) null);
        assertEquals(1, preview.count("client"));
        assertEquals(database.latestSchemaVersion(), preview.schemaVersion());
    }

    @Test
    void automaticBackup_isMadeAtMostOnceADay() {
        assertTrue(backups.backUpIfDue().isPresent());
        clock.advance(Duration.ofHours(5));
        assertTrue(backups.backUpIfDue().isEmpty());
        clock.advance(Duration.ofHours(24));
        assertTrue(backups.backUpIfDue().isPresent());
        assertEquals(2, backups.list().size());
        assertTrue(backups.list().stream().allMatch(BackupFile::automatic));
    }

    @Test
    void rotation_keepsSevenDailyFourWeeklyAndTwelveMonthly() {
        List<BackupFile> daily = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 18, 0);
        for (int day = 0; day < 400; day++) {
            daily.add(new BackupFile(Path.of("b" + day), start.plusDays(day), true));
        }

        Set<LocalDateTime> kept = daily.stream().filter(b -> !Backups.expired(daily).contains(b))
                .map(BackupFile::takenAt).collect(Collectors.toSet());

        LocalDateTime newest = start.plusDays(399);
        for (int day = 0; day < 7; day++) {
            assertTrue(kept.contains(newest.minusDays(day)), "the last seven days");
        }
        assertTrue(kept.size() <= 7 + 4 + 12, "at most one per kept day, week and month: " + kept.size());
        assertTrue(kept.size() >= 12, "a year of monthly backups: " + kept.size());
        assertEquals(12, kept.stream().map(t -> t.getYear() * 100 + t.getMonthValue()).distinct().count());
    }

    @Test
    void restore_bringsBackTheBackupAfterASafetyBackupOfTheCurrentState() {
        Path backup = backups.backUpTo(elsewhere.resolve("before.zip"));
        clients.create(Client.named("After the backup"));

        Path safety = backups.restore(backup, (char[]) null);

        assertEquals(List.of("Before the backup"), names(), "the same Jdbi sees the restored file");
        assertEquals(2, backups.preview(safety, (char[]) null).count("client"), "the safety backup holds the later state");
    }

    @Test
    void encryptedDatabase_givesEncryptedBackupsThatNeedTheirOwnPasswordOnceItChanges() throws IOException {
        PasswordChange password = new PasswordChange(database);
        password.change("first".toCharArray());
        Path backup = backups.backUpTo(elsewhere.resolve("encrypted.zip"));
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertTrue(Encryption.startsEncrypted(zip.getInputStream(zip.getEntry("clientele.mv.db"))));
            assertTrue(zip.getEntry(Encryption.FILE_NAME) != null);
        }
        assertFalse(backups.needsPassword(backup), "the current password opens it");

        password.change("second".toCharArray());

        assertTrue(backups.needsPassword(backup));
        assertThrows(WrongPasswordException.class, () -> backups.preview(backup, "second".toCharArray()));
        assertEquals(1, backups.preview(backup, "first".toCharArray()).count("client"));
        backups.restore(backup, "first".toCharArray());
        assertEquals(List.of("Before the backup"), names());
    }

    @Test
    void restore_ofABackupFromANewerVersion_isRefusedAndChangesNothing() {
        Path backup = backups.backUpTo(elsewhere.resolve("current.zip"));
        database.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', CURRENT_TIMESTAMP)"));
        Path future = backups.backUpTo(elsewhere.resolve("future2.zip"));
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM schema_version WHERE version = 999"));
        clients.create(Client.named("Still here"));

        assertThrows(NewerDatabaseException.class, () -> backups.restore(future, (char[]) null));

        assertEquals(List.of("Before the backup", "Still here"), names());
        assertTrue(Files.exists(backup));
    }

    @Test
    void databaseFileDeletedWhileOpen_isWrittenBackWithEverythingSaved() throws IOException {
        clients.create(Client.named("Saved before the deletion"));
        Files.delete(Database.fileFor(folder));

        assertTrue(backups.rescueIfMissing().isPresent());

        assertTrue(Files.exists(Database.fileFor(folder)));
        clients.create(Client.named("Saved after the rescue"));
        database.close();
        database = Database.open(folder);
        clients = new JdbiClientRepository(database.jdbi(), clock);
        assertEquals(List.of("Before the backup", "Saved after the rescue", "Saved before the deletion"), names());
        assertTrue(new Backups(database, clock).rescueIfMissing().isEmpty());
    }

    @Test
    void notABackup_isReportedWithItsName() throws IOException {
        Path garbage = Files.writeString(elsewhere.resolve("holiday.zip"), "not a zip at all");
        var failure = assertThrows(BackupException.class, () -> backups.preview(garbage, (char[]) null));
        assertEquals(List.of(garbage.toString()), List.of(failure.arguments()));
    }

    private List<String> names() {
        return clients.summaries().stream().map(s -> s.displayName()).sorted().toList();
    }
}
