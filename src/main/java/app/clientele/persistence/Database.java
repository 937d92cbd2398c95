package app.clientele.persistence;

import app.clientele.domain.SharedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The database Clientele works on, opened once per process through a small pool: the embedded H2
 * file in a data folder (the default), or a firm's shared PostgreSQL database. Both get the same
 * schema from the same migrations and the same {@link Jdbi} configuration, so every repository
 * works on either. Files, backups and encryption belong to the H2 file only
 * (see docs/decisions/0015-shared-postgresql.md).
 *
 * <p>{@code WRITE_DELAY=0} makes every commit reach the file before it is acknowledged: with H2's
 * default, a save made in the last half second before a crash was lost (see
 * docs/decisions/0004-durable-commits.md). {@code TRACE_LEVEL_FILE=0} stops H2 from writing its
 * own trace file, whose error messages could quote client data.
 *
 * <p>The file can be closed and reopened in place ({@link #whileClosed}) for work that replaces or
 * re-encrypts it; the {@link Jdbi} handed out stays valid across that.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_BASE_NAME = "clientele";
    static final int H2_DATABASE_ALREADY_OPEN = 90020;
    static final int H2_WRONG_FILE_PASSWORD = 90049;
    static final int H2_DATABASE_CLOSED = 90098;

    private final Path folder;
    private final SharedDatabase shared;
    private final ServerConnections server;
    private final Migrations migrations;
    private final Jdbi jdbi;
    private volatile DatabaseKey key;
    private volatile JdbcConnectionPool pool;

    private Database(Path folder, DatabaseKey key, SharedDatabase shared, ServerConnections server,
                     Migrations migrations) {
        this.folder = folder;
        this.key = key;
        this.shared = shared;
        this.server = server;
        this.migrations = migrations;
        this.pool = newPool();
        this.jdbi = configure(Jdbi.create(this::connection));
        jdbi.setHandleCallbackDecorator(new StorageErrors(folder));
        if (shared != null) {
            jdbi.getConfig(ActingUser.class).setName(shared.user());
        }
    }

    /**
     * Opens (creating if needed) an unencrypted database in {@code folder} and brings its schema up
     * to date, after backing up a database from an older Clientele into {@code folder/backups}.
     */
    public static Database open(Path folder) {
        return open(folder, null, Migrations.bundled());
    }

    /** Opens the database with the key for its encryption, or {@code null} when it is not encrypted. */
    public static Database open(Path folder, DatabaseKey key) {
        return open(folder, key, Migrations.bundled());
    }

    public static Database open(Path folder, DatabaseKey key, Migrations migrations) {
        TemporaryFolder.removeLeftovers(folder);
        if (!Files.exists(fileFor(folder))) {
            create(folder, key, migrations);
        }
        Database database = new Database(folder, key, null, null, migrations);
        return database.migrate(new UpgradeBackup(new Backups(database, Clock.systemUTC())));
    }

    /**
     * Makes a new file with the whole schema in a work folder, then moves it into place. H2 commits
     * each schema statement by itself, so a crash while a new file was being given its schema would
     * otherwise leave a half-made one that no later start could finish.
     */
    private static void create(Path folder, DatabaseKey key, Migrations migrations) {
        try {
            Files.createDirectories(folder);
            try (TemporaryFolder work = TemporaryFolder.in(folder)) {
                new Database(work.path(), key, null, null, migrations).migrate(fromVersion -> { }).close();
                Files.move(fileFor(work.path()), fileFor(folder), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Connects to a shared PostgreSQL database and brings its schema up to date. Backing it up
     * before an upgrade is the server's administrator's job, as are all its backups.
     *
     * @throws WrongPasswordException when the server refuses the password
     */
    public static Database open(SharedDatabase shared, char[] password) {
        return open(shared, password, Migrations.bundled());
    }

    public static Database open(SharedDatabase shared, char[] password, Migrations migrations) {
        Database database = new Database(null, null, shared, new ServerConnections(shared, password), migrations);
        return database.migrate(fromVersion -> { });
    }

    /** Checks that a shared database can be reached with this login, without changing anything in it. */
    public static void probe(SharedDatabase shared, char[] password) {
        new ServerConnections(shared, password).pool().dispose();
    }

    private Database migrate(Migrations.BeforeUpgrade beforeUpgrade) {
        try {
            migrations.migrate(jdbi, beforeUpgrade);
            if (!isShared()) {
                buildIndexesLeftUnbuilt();
            }
        } catch (NewerDatabaseException e) {
            closeWithoutWriting();
            throw e;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    public static Path fileFor(Path folder) {
        return folder.resolve(FILE_BASE_NAME + ".mv.db");
    }

    /** Indexes that a bulk load set aside and a crash kept it from building again (decision 18). */
    private void buildIndexesLeftUnbuilt() {
        try (Connection connection = connection()) {
            DeferredIndexes.buildAgain(connection);
        } catch (SQLException e) {
            throw new DatabaseOpenException(e, folder);
        }
    }

    /** The H2 URL of a data folder's file (public for the benchmark that opens it without Clientele). */
    public static String urlFor(Path folder, boolean encrypted) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_BASE_NAME)
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0" + (encrypted ? ";CIPHER=AES" : "");
    }

    /** Opens a pool and checks that the file opens, turning H2's error codes into clear refusals. */
    static JdbcConnectionPool connect(Path folder, DatabaseKey key) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(urlFor(folder, key != null), "clientele",
                key == null ? "" : key.connectionPassword());
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            throw switch (e.getErrorCode()) {
                case H2_DATABASE_ALREADY_OPEN -> new DatabaseInUseException(e);
                case H2_WRONG_FILE_PASSWORD -> new WrongPasswordException(e);
                default -> new DatabaseOpenException(e, folder);
            };
        }
    }

    private JdbcConnectionPool newPool() {
        return shared == null ? connect(folder, key) : server.pool();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * A working connection. After a write fails for lack of disk space H2 closes the database; the
     * pool is then replaced, which opens the file again at its last committed state, so work goes
     * on once space is freed, without restarting the app. A shared database's connections that
     * broke (the server restarted, the network dropped) are replaced the same way.
     */
    private synchronized Connection connection() throws SQLException {
        try {
            Connection connection = pool.getConnection();
            if (connection.isValid(0)) {
                return connection;
            }
            connection.close();
        } catch (SQLException closed) {
            if (closed.getErrorCode() != H2_DATABASE_CLOSED && !ServerConnections.isConnectionLost(closed)) {
                throw closed;
            }
        }
        pool.dispose();
        pool = newPool();
        return pool.getConnection();
    }

    /** Whether this is a firm's shared database rather than the file in a data folder. */
    public boolean isShared() {
        return shared != null;
    }

    /** The shared database, or null for the file in a data folder. */
    public SharedDatabase shared() {
        return shared;
    }

    /** The data folder holding the file, or null for a shared database. */
    public Path folder() {
        return folder;
    }

    /** The name recorded as who made each change from now on. */
    public String actingUser() {
        return jdbi.getConfig(ActingUser.class).name();
    }

    public void setActingUser(String name) {
        jdbi.getConfig(ActingUser.class).setName(name);
    }

    public int latestSchemaVersion() {
        return migrations.latestVersion();
    }

    public boolean isEncrypted() {
        return key != null;
    }

    DatabaseKey key() {
        return key;
    }

    /** Something to do with the database's files while no connection is open. */
    @FunctionalInterface
    interface FileWork {
        void run(Path folder) throws Exception;
    }

    /**
     * Closes the file, runs {@code work} on it, and opens it again with {@code newKey} (the work may
     * have re-encrypted or replaced it). If the work fails, the file is reopened as it was.
     * Callers run this on the one thread that does database work, so nothing else is connected.
     */
    synchronized void whileClosed(DatabaseKey newKey, FileWork work) {
        if (isShared()) {
            throw new IllegalStateException("a shared database has no file to work on");
        }
        pool.dispose();
        DatabaseKey reopenWith = key;
        try {
            work.run(folder);
            reopenWith = newKey;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DatabaseOpenException(e, folder);
        } finally {
            pool = connect(folder, reopenWith);
            key = reopenWith;
        }
        // A restored older backup is upgraded here; the backup itself is its before-upgrade copy.
        migrations.migrate(jdbi, fromVersion -> { });
    }

    /**
     * Rewrites the H2 file with only its live data. Heavy writing (a large sample data load) leaves
     * most of the file as old versions of pages that H2 only gives back when it compacts; this does
     * it completely, which takes seconds per hundred megabytes of data, so it runs only after such
     * bulk work (see docs/decisions/0016-bulk-loads-and-compaction.md). A shared database is left
     * to its server. Callers run this on the one thread that does database work.
     */
    public void compact() {
        if (isShared()) {
            return;
        }
        whileClosed(key, dataFolder -> {
            JdbcConnectionPool exclusive = connect(dataFolder, key);
            try (Connection connection = exclusive.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } finally {
                exclusive.dispose();
            }
        });
    }

    /** Instants are stored as UTC timestamps with time zone, so the data means the same anywhere. */
    private static Jdbi configure(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return new InstantArgument(value);
            }
        });
        jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> {
            OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        });
        return jdbi;
    }

    /**
     * An instant bound as UTC. A record has its own {@code toString}, which Jdbi then uses to describe
     * the value when it must; for a lambda it formats every instant bound up front, which was a tenth
     * of a large sample data load.
     */
    private record InstantArgument(Instant value) implements Argument {
        @Override
        public void apply(int position, PreparedStatement statement, StatementContext context) throws SQLException {
            statement.setObject(position, value.atOffset(ZoneOffset.UTC));
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /**
     * Closes without H2's usual tidy-up writes, leaving a file we must not change byte for byte as
     * it was. A shared database is simply disconnected: the server writes nothing on our behalf.
     */
    private void closeWithoutWriting() {
        if (!isShared()) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException alreadyClosed) {
                // The shutdown closes this connection under our feet; the database is closed either way.
            }
        }
        pool.dispose();
    }
}
