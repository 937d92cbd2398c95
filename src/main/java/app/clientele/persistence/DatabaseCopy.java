package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.DataCopy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Copies every table of one Clientele database into another, whatever engines they run on (H2 or
 * PostgreSQL). Both schemas come from the same migrations, so the copy needs no list of tables:
 * it reads them from the database, parents before the tables that refer to them, and copies rows
 * as they are, ids included. The source is read in one consistent snapshot; the target is written
 * in one transaction, its identity columns continue after the copied ids, and each table's rows
 * are counted on both sides before it commits.
 */
public final class DatabaseCopy {
    private static final int BATCH_SIZE = 1_000;
    /** Tables whose rows the migrations write themselves (settings with defaults): the copy replaces them. */
    static final Set<String> SEEDED = Set.of("reminder_settings");

    private DatabaseCopy() {
    }

    /**
     * Copies {@code source} into {@code target}. With {@code replace}, what the target holds is
     * deleted in the same transaction; without it, a target holding data is refused untouched.
     *
     * @throws CancellationException when the progress says the user cancelled; nothing was written
     */
    public static DataCopy.Report copy(Database source, Database target, boolean replace, DataCopy.Progress progress) {
        return source.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, from -> {
            try {
                return copyFrom(from, target, replace, progress);
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        });
    }

    private static DataCopy.Report copyFrom(Handle from, Database target, boolean replace, DataCopy.Progress progress)
            throws SQLException {
        int version = Migrations.currentVersion(from);
        List<String> tables = tablesInDependencyOrder(from.getConnection());
        Map<String, Long> counts = counts(from, tables);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        target.jdbi().useTransaction(to -> {
            if (Migrations.currentVersion(to) != version) {
                throw new ClienteleException("copy.error.versions", version, Migrations.currentVersion(to));
            }
            clear(to, tables, replace);
            long done = 0;
            for (String table : tables) {
                done = copyTable(from.getConnection(), to.getConnection(), table, done, total, progress);
            }
            Map<String, Long> copied = counts(to, tables);
            if (!copied.equals(counts)) {
                throw new IllegalStateException("the copy's row counts differ: " + counts + " → " + copied);
            }
            // Last, since H2 commits on every schema change: all rows are in and counted by now.
            continueIdentities(to);
        });
        Map<String, Long> verified = target.jdbi().withHandle(to -> counts(to, tables));
        if (!verified.equals(counts)) {
            throw new IllegalStateException("the copied row counts differ: " + counts + " → " + verified);
        }
        return new DataCopy.Report(verified);
    }

    /** How many rows each table of a database holds, parents first. */
    public static Map<String, Long> counts(Database database) {
        return database.jdbi().withHandle(handle -> {
            try {
                return counts(handle, tablesInDependencyOrder(handle.getConnection()));
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        });
    }

    /** How many rows each table holds, by table. */
    public static Map<String, Long> counts(Handle handle, List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
        }
        return counts;
    }

    /**
     * The database's tables (but its schema version table), each after the tables its foreign keys
     * refer to; ties in name order, so the order is the same on every engine.
     */
    public static List<String> tablesInDependencyOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase("schema_version")) {
                    parents.put(name, new TreeSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), schema, table.getKey())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            String next = parents.entrySet().stream()
                    .filter(table -> !ordered.contains(table.getKey()) && ordered.containsAll(table.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("tables refer to each other in a circle"));
            ordered.add(next);
        }
        return ordered.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    /** Makes the target ready: empty it when replacing, else refuse one with data; seeded defaults go. */
    private static void clear(Handle to, List<String> tables, boolean replace) {
        Map<String, Long> held = counts(to, tables);
        long clients = held.getOrDefault("client", 0L);
        boolean hasData = held.entrySet().stream().anyMatch(table -> !SEEDED.contains(table.getKey())
                && table.getValue() > 0);
        if (hasData && !replace) {
            throw new ClienteleException("copy.error.notEmpty", clients);
        }
        List<String> children = new ArrayList<>(tables);
        Collections.reverse(children);
        for (String table : children) {
            to.execute("DELETE FROM " + table);
        }
    }

    /** Copies one table's rows in batches; returns how many rows of all tables are done. */
    private static long copyTable(Connection from, Connection to, String table, long doneBefore, long total,
                                  DataCopy.Progress progress) throws SQLException {
        long done = doneBefore;
        try (Statement read = from.createStatement()) {
            read.setFetchSize(BATCH_SIZE);
            try (ResultSet rows = read.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData columns = rows.getMetaData();
                int count = columns.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int column = 1; column <= count; column++) {
                    names.add(columns.getColumnLabel(column).toLowerCase(Locale.ROOT));
                }
                String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + names.stream().map(name -> "?").collect(Collectors.joining(", ")) + ")";
                try (PreparedStatement write = to.prepareStatement(insert)) {
                    int batched = 0;
                    while (rows.next()) {
                        for (int column = 1; column <= count; column++) {
                            write.setObject(column, value(rows, column, columns.getColumnType(column)));
                        }
                        write.addBatch();
                        done++;
                        if (++batched == BATCH_SIZE) {
                            write.executeBatch();
                            batched = 0;
                            report(progress, done, total);
                        }
                    }
                    if (batched > 0) {
                        write.executeBatch();
                    }
                    report(progress, done, total);
                }
            }
        }
        return done;
    }

    private static void report(DataCopy.Progress progress, long done, long total) {
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
        progress.update(done, total);
    }

    /**
     * A value in a form both engines write back unchanged: instants with their offset (PostgreSQL
     * calls its timestamps with time zone plain timestamps), days and times as such, long text as text.
     */
    private static Object value(ResultSet rows, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(column, OffsetDateTime.class);
            case Types.DATE -> rows.getObject(column, LocalDate.class);
            case Types.TIME -> rows.getObject(column, LocalTime.class);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR -> rows.getString(column);
            default -> rows.getObject(column);
        };
        return rows.wasNull() ? null : value;
    }

    /** New rows on the target get ids after the copied ones (inserting ids moves no identity on). */
    private static void continueIdentities(Handle to) {
        List<Map<String, Object>> identities = to.createQuery("""
                        SELECT LOWER(table_name) AS table_name, LOWER(column_name) AS column_name
                        FROM information_schema.columns
                        WHERE table_schema = CURRENT_SCHEMA AND is_identity = 'YES'""")
                .mapToMap().list();
        for (Map<String, Object> identity : identities) {
            String table = (String) identity.get("table_name");
            String column = (String) identity.get("column_name");
            long next = to.createQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)
                    .mapTo(Long.class).one();
            to.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
        }
    }
}
