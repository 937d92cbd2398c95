package app.clientele.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings a database's schema up to date with numbered scripts, each in its own transaction, and
 * records each in {@code schema_version}. A database from a newer Clientele is refused untouched;
 * an existing one from an older Clientele is handed to a {@link BeforeUpgrade} step (a backup)
 * before it changes. The scripts are listed, in order, in {@code db/migration/index.txt}.
 */
public final class Migrations {
    static final String FOLDER = "/app/clientele/db/migration/";

    /** Runs once before an existing database is upgraded; a failure stops the upgrade. */
    @FunctionalInterface
    public interface BeforeUpgrade {
        void run(int fromVersion);
    }

    private final List<Migration> migrations;

    public Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3, …: " + migrations.get(i));
            }
        }
    }

    /** The migrations this version of Clientele ships. */
    public static Migrations bundled() {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + "index.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new Migrations(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(Migration::fromResource).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int latestVersion() {
        return migrations.size();
    }

    /**
     * Whether the schema is already this version's, read with plain JDBC. That is every start but
     * the first after an update, and a start that needs no migration then does not wait for Jdbi's
     * first statement (a few hundred classes to load). False when in doubt: the rest of {@link #migrate}
     * decides.
     */
    boolean isCurrent(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return version.next() && version.getInt(1) == latestVersion();
        } catch (SQLException noVersionTable) {
            return false;
        }
    }

    /**
     * Applies the missing migrations; returns how many ran. The version is read before anything
     * is written, so a database from a newer Clientele is refused untouched, and an existing
     * database goes through {@code beforeUpgrade} before its first change.
     */
    public int migrate(Jdbi jdbi, BeforeUpgrade beforeUpgrade) {
        return jdbi.withHandle(handle -> {
            if (isCurrent(handle.getConnection())) {
                return 0;
            }
            int current = hasVersionTable(handle) ? currentVersion(handle) : 0;
            if (current > latestVersion()) {
                throw new NewerDatabaseException(current, latestVersion());
            }
            if (current == latestVersion()) {
                return 0;
            }
            if (current > 0) {
                beforeUpgrade.run(current);
            }
            handle.execute("""
                    CREATE TABLE IF NOT EXISTS schema_version (
                        version INTEGER PRIMARY KEY,
                        description VARCHAR(200) NOT NULL,
                        applied_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
            for (Migration migration : migrations.subList(current, migrations.size())) {
                handle.useTransaction(transaction -> apply(transaction, migration));
            }
            return latestVersion() - current;
        });
    }

    /** Looks in the schema the connection works in: H2's PUBLIC, or the search path's first on PostgreSQL. */
    private static boolean hasVersionTable(Handle handle) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM information_schema.tables
                        WHERE LOWER(table_name) = 'schema_version' AND table_schema = CURRENT_SCHEMA""")
                .mapTo(Integer.class).one() > 0;
    }

    public static int currentVersion(Handle handle) {
        return handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version").mapTo(Integer.class).one();
    }

    private static void apply(Handle handle, Migration migration) {
        for (String statement : migration.statements()) {
            handle.execute(statement);
        }
        handle.createUpdate("INSERT INTO schema_version (version, description, applied_at) VALUES (:v, :d, :t)")
                .bind("v", migration.version())
                .bind("d", migration.description())
                .bind("t", OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }
}
