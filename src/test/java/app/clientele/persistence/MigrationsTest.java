package app.clientele.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
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
    void open_onOlderFile_appliesOnlyTheMissingMigrations() {
        Migrations all = Migrations.bundled();
        Migrations onlyFirst = new Migrations(List.of(Migration.fromResource("V001__clients.sql")));
        try (Database database = Database.open(folder, null, onlyFirst)) {
            database.jdbi().useHandle(handle -> handle.execute("""
                    INSERT INTO client (version, display_name, name_order, relationship, segment, internal,
                        customer_type, birthday_lunar, birthday_leap_month, created_at, updated_at, archived)
                    VALUES (0, 'Kept', 'GIVEN_FIRST', 'CLIENT', 'INDIVIDUAL', FALSE, 'NEW', FALSE, FALSE,
                        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE)"""));
        }
        try (Database database = Database.open(folder, null, all)) {
            assertEquals(all.latestVersion(), database.jdbi().withHandle(Migrations::currentVersion));
            assertEquals("Kept", database.jdbi().withHandle(handle ->
                    handle.createQuery("SELECT display_name FROM client").mapTo(String.class).one()));
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
}
