package app.clientele.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Sets the plain indexes of an H2 file aside for a bulk load and builds them again after it (see
 * docs/decisions/0018-indexes-built-after-a-bulk-load.md). H2 keeps an index current row by row, and
 * rows arriving out of the index's order make it rewrite the same pages over and over; building an
 * index over rows already in place sorts them first. Only indexes that back no constraint are set
 * aside, so keys and references are checked throughout the load.
 *
 * <p>Each definition is stored in {@code deferred_index} before its index is dropped (H2 commits
 * every schema statement by itself), so an index left unbuilt by a crash is built when the file is
 * next opened ({@link #buildAgain}).
 */
final class DeferredIndexes {
    private static final String PLAIN_INDEX_COLUMNS = """
            SELECT c.INDEX_NAME, c.TABLE_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION, c.NULL_ORDERING
            FROM INFORMATION_SCHEMA.INDEX_COLUMNS c
            JOIN INFORMATION_SCHEMA.INDEXES i ON i.INDEX_SCHEMA = c.INDEX_SCHEMA AND i.INDEX_NAME = c.INDEX_NAME
            WHERE i.INDEX_SCHEMA = CURRENT_SCHEMA AND i.INDEX_TYPE_NAME = 'INDEX'
              AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS k
                              WHERE k.INDEX_SCHEMA = i.INDEX_SCHEMA AND k.INDEX_NAME = i.INDEX_NAME)
            ORDER BY c.INDEX_NAME, c.ORDINAL_POSITION""";

    private DeferredIndexes() {
    }

    /** Records and drops every plain index of the database's schema. */
    static void setAside(Connection connection) {
        try {
            recordAndDrop(connection, plainIndexDefinitions(connection));
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static void recordAndDrop(Connection connection, Map<String, String> definitions) throws SQLException {
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO deferred_index (index_name, definition) VALUES (?, ?)")) {
            for (Map.Entry<String, String> index : definitions.entrySet()) {
                record.setString(1, index.getKey());
                record.setString(2, index.getValue());
                record.addBatch();
            }
            record.executeBatch();
        }
        try (Statement drop = connection.createStatement()) {
            for (String name : definitions.keySet()) {
                drop.execute("DROP INDEX " + quoted(name));
            }
        }
    }

    /** Builds every index set aside and not yet built again; does nothing when there is none. */
    static void buildAgain(Connection connection) {
        try {
            build(connection, recorded(connection));
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static Map<String, String> recorded(Connection connection) throws SQLException {
        Map<String, String> definitions = new LinkedHashMap<>();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT index_name, definition FROM deferred_index ORDER BY index_name")) {
            while (rows.next()) {
                definitions.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                throw e;
            }
            // A schema from before the table (a test's older schema): no load there set anything aside.
        }
        return definitions;
    }

    private static void build(Connection connection, Map<String, String> definitions) throws SQLException {
        if (definitions.isEmpty()) {
            return;
        }
        try (Statement build = connection.createStatement();
             PreparedStatement built = connection.prepareStatement("DELETE FROM deferred_index WHERE index_name = ?")) {
            for (Map.Entry<String, String> index : definitions.entrySet()) {
                build.execute(index.getValue());
                built.setString(1, index.getKey());
                built.executeUpdate();
            }
        }
    }

    /** Each plain index's {@code CREATE INDEX IF NOT EXISTS} statement, by name. */
    private static Map<String, String> plainIndexDefinitions(Connection connection) throws SQLException {
        Map<String, String> table = new LinkedHashMap<>();
        Map<String, StringBuilder> columns = new LinkedHashMap<>();
        try (Statement read = connection.createStatement(); ResultSet rows = read.executeQuery(PLAIN_INDEX_COLUMNS)) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                table.put(index, rows.getString("TABLE_NAME"));
                StringBuilder list = columns.computeIfAbsent(index, name -> new StringBuilder());
                list.append(list.isEmpty() ? "" : ", ").append(quoted(rows.getString("COLUMN_NAME")))
                        .append(' ').append(rows.getString("ORDERING_SPECIFICATION"))
                        .append(" NULLS ").append(rows.getString("NULL_ORDERING"));
            }
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        columns.forEach((index, list) -> definitions.put(index, "CREATE INDEX IF NOT EXISTS " + quoted(index)
                + " ON " + quoted(table.get(index)) + " (" + list + ")"));
        return definitions;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
