package app.clientele.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.clientele.domain.SharedDatabase;
import app.clientele.persistence.Database;
import app.clientele.persistence.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh, empty database for one test, on either engine Clientele runs on: the H2 file in a
 * temporary data folder, or a PostgreSQL schema of its own, dropped when the test closes it.
 * PostgreSQL is used when the environment names a server for tests
 * ({@code CLIENTELE_TEST_PG_URL}, {@code CLIENTELE_TEST_PG_USER}, {@code CLIENTELE_TEST_PG_PASSWORD};
 * {@code .ci/run} sets them); without it, or when that server does not answer, PostgreSQL tests are
 * skipped. See "Tests on PostgreSQL" in docs/DeveloperGuide.md.
 *
 * <p>Repository test classes run once per engine:
 * {@code @ParameterizedClass @EnumSource(TestDatabase.Engine.class)} with an {@code @Parameter Engine}.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String URL = System.getenv("CLIENTELE_TEST_PG_URL");
    private static final String USER = System.getenv().getOrDefault("CLIENTELE_TEST_PG_USER", "clientele_test");
    private static final String PASSWORD = System.getenv().getOrDefault("CLIENTELE_TEST_PG_PASSWORD", "");

    public enum Engine {
        H2, POSTGRESQL;

        /** Skips the calling test when this engine is not available here. */
        public void assumeAvailable() {
            assumeTrue(this == H2 || isPostgresqlAvailable(),
                    "no PostgreSQL for tests: set CLIENTELE_TEST_PG_URL (and _USER, _PASSWORD) to a running server");
        }
    }

    private final Engine engine;
    private final Path folder;
    private final String schema;
    private final List<Database> opened = new ArrayList<>();

    private TestDatabase(Engine engine, Path folder, String schema) {
        this.engine = engine;
        this.folder = folder;
        this.schema = schema;
    }

    /** Whether the environment names a test server and it answers (asked once per test run). */
    public static boolean isPostgresqlAvailable() {
        return Reachable.ANSWER;
    }

    /** Holder: the server is tried once, when the first test asks. */
    private static final class Reachable {
        static final boolean ANSWER = reachable();

        private static boolean reachable() {
            if (URL == null || URL.isBlank()) {
                return false;
            }
            try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
                return connection.isValid(5);
            } catch (SQLException unreachable) {
                return false;
            }
        }
    }

    /**
     * A new empty database on the engine (skipping the test when it is not available);
     * {@code folder} is where the H2 file goes.
     */
    public static TestDatabase fresh(Engine engine, Path folder) {
        engine.assumeAvailable();
        if (engine == Engine.H2) {
            return new TestDatabase(engine, folder, null);
        }
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        administer("CREATE SCHEMA " + schema);
        return new TestDatabase(engine, folder, schema);
    }

    public Engine engine() {
        return engine;
    }

    /** Opens it with the bundled migrations; again after closing, it holds what was written before. */
    public Database open() {
        return open(Migrations.bundled());
    }

    public Database open(Migrations migrations) {
        Database database = engine == Engine.H2 ? Database.open(folder, null, migrations)
                : Database.open(shared(), PASSWORD.toCharArray(), migrations);
        opened.add(database);
        return database;
    }

    /** The address of this PostgreSQL test database: the test server with the schema chosen. */
    public SharedDatabase shared() {
        return new SharedDatabase(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER);
    }

    /** The test server's password. */
    public static char[] password() {
        return PASSWORD.toCharArray();
    }

    /** Closes what it opened and, on PostgreSQL, drops the schema. */
    @Override
    public void close() {
        opened.forEach(Database::close);
        opened.clear();
        if (schema != null) {
            administer("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** Schema names are made here from a UUID, never from outside input. */
    private static void administer(String statement) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the PostgreSQL test database: " + e.getMessage(), e);
        }
    }
}
