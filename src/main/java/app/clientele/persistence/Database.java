package app.clientele.persistence;

import java.nio.file.Path;
import java.sql.Connection;
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

/**
 * The embedded H2 database file in a data folder, opened once per process through a small pool.
 *
 * <p>{@code WRITE_DELAY=0} makes every commit reach the file before it is acknowledged: with H2's
 * default, a save made in the last half second before a crash was lost (see
 * docs/decisions/0004-durable-commits.md).
 */
public final class Database implements AutoCloseable {
    public static final String FILE_BASE_NAME = "clientele";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = configure(Jdbi.create(pool));
    }

    /**
     * Opens (creating if needed) the database in {@code folder} and brings its schema up to date,
     * after backing up a database from an older Clientele into {@code folder/backups}.
     */
    public static Database open(Path folder) {
        return open(folder, Migrations.bundled());
    }

    public static Database open(Path folder, Migrations migrations) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(urlFor(folder), "clientele", "");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUseException(e);
            }
            throw new DatabaseOpenException(e, folder);
        }
        Database database = new Database(pool);
        try {
            migrations.migrate(database.jdbi, new UpgradeBackup(folder, Clock.systemUTC()));
        } catch (NewerDatabaseException e) {
            database.closeWithoutWriting();
            throw e;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public static Path fileFor(Path folder) {
        return folder.resolve(FILE_BASE_NAME + ".mv.db");
    }

    static String urlFor(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_BASE_NAME) + ";WRITE_DELAY=0";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Instants are stored as UTC timestamps with time zone, so the file means the same anywhere. */
    private static Jdbi configure(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
            }
        });
        jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> {
            OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        });
        return jdbi;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** Closes without H2's usual tidy-up writes, leaving a file we must not change byte for byte as it was. */
    private void closeWithoutWriting() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException alreadyClosed) {
            // The shutdown closes this connection under our feet; the database is closed either way.
        }
        pool.dispose();
    }
}
