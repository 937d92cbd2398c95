package app.clientele.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClienteleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    /** The schema of an older Clientele, and of a newer one that adds a column to it. */
    private static final Migrations ONLY_FIRST = new Migrations(List.of(Migration.fromResource("V001__clients.sql")));
    private static final Migrations UPGRADED = new Migrations(List.of(Migration.fromResource("V001__clients.sql"),
            new Migration(2, "upgrade note", "ALTER TABLE client ADD COLUMN upgrade_note VARCHAR(40);")));

    @TempDir
    Path folder;

    @Test
    void open_onEmptyFolder_createsTheFullSchema() {
        try (Database database = Database.open(folder)) {
            int version = database.jdbi().withHandle(Migrations::currentVersion);
            assertEquals(Migrations.bundled().latestVersion(), version);
            long clients = database.jdbi().withHandle(handle ->
                    handle.createQuery("SELECT COUNT(*) FROM client").mapTo(Long.class).one());
            assertEquals(0, clients);
        }
        assertTrue(Files.exists(Database.fileFor(folder)));
    }

    @Test
    void isCurrent_onlyForAFileAtThisVersion() {
        createOldDatabaseWithOneClient(folder);
        try (Database old = Database.open(folder, null, ONLY_FIRST)) {
            assertTrue(isCurrent(old, ONLY_FIRST));
            assertFalse(isCurrent(old, UPGRADED));
            old.jdbi().useHandle(handle -> handle.execute("DROP TABLE schema_version"));
            assertFalse(isCurrent(old, ONLY_FIRST), "a database without the version table is not current");
        }
    }

    private static boolean isCurrent(Database database, Migrations migrations) {
        return database.jdbi().<Boolean, RuntimeException>withHandle(handle -> migrations.isCurrent(handle.getConnection()));
    }

    @Test
    void open_onOlderFile_appliesOnlyTheMissingMigrations() {
        createOldDatabaseWithOneClient(folder);
        try (Database database = Database.open(folder, null, UPGRADED)) {
            assertEquals(UPGRADED.latestVersion(), database.jdbi().withHandle(Migrations::currentVersion));
            assertEquals(List.of("Kept"), clientNames(database));
        }
    }

    @Test
    void open_onOlderFile_backsItUpBeforeUpgrading_andTheBackupOpensWithTheOldData(@TempDir Path restored)
            throws IOException {
        createOldDatabaseWithOneClient(folder);

        try (Database database = Database.open(folder, null, UPGRADED)) {
            database.jdbi().useHandle(handle -> handle.execute("UPDATE client SET display_name = 'Changed after the upgrade'"));
        }

        List<Path> backups = backupsIn(folder);
        assertEquals(1, backups.size());
        assertTrue(backups.get(0).getFileName().toString().matches("before-upgrade-v1-\\d{8}T\\d{6}Z\\.zip"),
                backups.get(0).toString());
        unzip(backups.get(0), restored);
        try (Database old = Database.open(restored, null, ONLY_FIRST)) {
            assertEquals(1, old.jdbi().withHandle(Migrations::currentVersion));
            assertEquals(List.of("Kept"), clientNames(old));
        }
    }

    @Test
    void upgradeBackup_isNamedAfterTheOldVersionAndTheTimeInUtc() throws IOException {
        createOldDatabaseWithOneClient(folder);
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T09:30:05Z"), ZoneId.of("Asia/Seoul"));

        try (Database database = Database.open(folder, null, ONLY_FIRST)) {
            UPGRADED.migrate(database.jdbi(), new UpgradeBackup(new Backups(database, clock)));
        }

        assertEquals(List.of(folder.resolve("backups/before-upgrade-v1-20261129T093005Z.zip")), backupsIn(folder));
    }

    @Test
    void open_onEmptyFolder_whenTheSchemaFailsHalfWay_leavesNoHalfMadeFile() {
        Migrations failing = new Migrations(List.of(Migration.fromResource("V001__clients.sql"),
                new Migration(2, "half way", "ALTER TABLE client ADD COLUMN note VARCHAR(40); SELECT * FROM missing;")));

        assertThrows(RuntimeException.class, () -> Database.open(folder, null, failing));

        assertFalse(Files.exists(Database.fileFor(folder)), "no file, so the next start creates it afresh");
        Database.open(folder, null, UPGRADED).close();
    }

    @Test
    void open_onNewOrUpToDateFile_makesNoBackup() {
        Database.open(folder, null, UPGRADED).close();
        Database.open(folder, null, UPGRADED).close();

        assertFalse(Files.exists(folder.resolve(Backups.FOLDER_NAME)));
    }

    @Test
    void open_whenTheBackupCannotBeWritten_isRefusedAndLeavesTheOldDatabaseAsItWas() throws IOException {
        createOldDatabaseWithOneClient(folder);
        Files.writeString(folder.resolve(Backups.FOLDER_NAME), "a file where the backups folder should be");

        ClienteleException refused = assertThrows(ClienteleException.class, () -> Database.open(folder, null, UPGRADED));

        assertEquals("error.database.upgradeBackup", refused.messageKey());
        try (Database database = Database.open(folder, null, ONLY_FIRST)) {
            assertEquals(1, database.jdbi().withHandle(Migrations::currentVersion));
            assertEquals(List.of("Kept"), clientNames(database));
        }
    }

    @Test
    void open_onFileFromNewerVersion_isRefusedAndLeavesTheFileUntouched() throws Exception {
        try (Database database = Database.open(folder)) {
            database.jdbi().useHandle(handle -> handle.createUpdate(
                            "INSERT INTO schema_version (version, description, applied_at) VALUES (:v, 'from the future', :t)")
                    .bind("v", Migrations.bundled().latestVersion() + 1)
                    .bind("t", OffsetDateTime.now())
                    .execute());
        }
        byte[] before = Files.readAllBytes(Database.fileFor(folder));

        NewerDatabaseException refused = assertThrows(NewerDatabaseException.class, () -> Database.open(folder));

        assertEquals("error.database.newer", refused.messageKey());
        assertArrayEquals(before, Files.readAllBytes(Database.fileFor(folder)));
    }

    @Test
    void migrationScript_isSplitIntoStatements() {
        Migration migration = new Migration(1, "test", """
                -- a comment; with a semicolon
                CREATE TABLE a (x INT);

                CREATE TABLE b (
                    y INT
                );
                """);
        List<String> statements = new ArrayList<>(migration.statements());
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (\n    y INT\n)"), statements);
    }

    @Test
    void migrations_mustBeNumberedWithoutGaps() {
        assertThrows(IllegalStateException.class, () -> new Migrations(List.of(new Migration(2, "gap", ""))));
    }

    private static void createOldDatabaseWithOneClient(Path folder) {
        try (Database database = Database.open(folder, null, ONLY_FIRST)) {
            database.jdbi().useHandle(handle -> handle.execute("""
                    INSERT INTO client (version, display_name, name_order, relationship, segment, internal,
                        customer_type, birthday_lunar, birthday_leap_month, created_at, updated_at, archived)
                    VALUES (0, 'Kept', 'GIVEN_FIRST', 'CLIENT', 'INDIVIDUAL', FALSE, 'NEW', FALSE, FALSE,
                        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE)"""));
        }
    }

    private static List<String> clientNames(Database database) {
        return database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT display_name FROM client ORDER BY id").mapTo(String.class).list());
    }

    private static List<Path> backupsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(Backups.FOLDER_NAME))) {
            return files.toList();
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(entry.getName()));
            }
        }
    }
}
