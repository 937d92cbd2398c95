package app.clientele.persistence;

import app.clientele.domain.MergeRepository.MovedRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A table whose rows belong to a client through a column referencing {@code client(id)}, and how
 * merging two clients treats its rows. Table and column names are constants of this class's
 * callers, never user text.
 *
 * @param keyColumns    the columns that tell one of a client's rows from another (an id, or the
 *                      other half of a composite key)
 * @param uniqueColumns when not empty, a client may have only one row per value of these columns:
 *                      a removed client's row that the kept client already has is deleted, not moved
 * @param partOfRecord  the rows are part of the client record itself (emails, phones, tags): the
 *                      merged record rewrites them, so they are not moved
 * @param onePerClient  a client has at most one row (a setting such as the contact cadence): the
 *                      kept client's own row wins, the removed client's is moved only if it has none
 * @param otherColumn   for a link between two clients, the column naming the client at the other
 *                      end: a link of the removed client to the kept one is deleted, not turned
 *                      into a link of the kept client to itself; null for other tables
 */
record ClientOwnedTable(String table, String clientColumn, List<String> keyColumns, List<String> uniqueColumns,
                        boolean partOfRecord, boolean onePerClient, String otherColumn) {

    /** Rows the client record carries and rewrites on every save. */
    static ClientOwnedTable partOfRecord(String table) {
        return new ClientOwnedTable(table, "client_id", List.of(), List.of(), true, false, null);
    }

    /** A table with at most one row per client, keyed by the client. */
    static ClientOwnedTable onePerClient(String table, String clientColumn) {
        return new ClientOwnedTable(table, clientColumn, List.of(), List.of(), false, true, null);
    }

    /** Rows with their own id that simply change owner. */
    static ClientOwnedTable move(String table, String clientColumn, String idColumn) {
        return new ClientOwnedTable(table, clientColumn, List.of(idColumn), List.of(), false, false, null);
    }

    /** Rows that are unique per client on some columns: moved unless the kept client has the same already. */
    static ClientOwnedTable moveUnlessDuplicate(String table, String clientColumn, String... uniqueColumns) {
        return new ClientOwnedTable(table, clientColumn, List.of(uniqueColumns), List.of(uniqueColumns), false, false,
                null);
    }

    /**
     * One end of a link between two clients (a table that references clients twice is listed once
     * per end). The removed client's links become the kept client's, unless the kept client has
     * the same link already; a link between the two is deleted, since a client is never linked to itself.
     *
     * @param moreUniqueColumns what else tells two links between the same clients apart (a role)
     */
    static ClientOwnedTable link(String table, String clientColumn, String otherColumn, String... moreUniqueColumns) {
        List<String> unique = new java.util.ArrayList<>();
        unique.add(otherColumn);
        unique.addAll(List.of(moreUniqueColumns));
        return new ClientOwnedTable(table, clientColumn, List.copyOf(unique), List.copyOf(unique), false, false,
                otherColumn);
    }

    /** Gives the removed client's rows to the kept client; returns what changed, for undo. */
    MovedRows moveRows(Handle handle, long removedId, long keptId) {
        List<Map<String, Object>> rows = handle.createQuery(
                        "SELECT * FROM " + table + " WHERE " + clientColumn + " = :owner")
                .bind("owner", removedId)
                .mapToMap()
                .list();
        List<Map<String, Object>> moved = new ArrayList<>();
        List<Map<String, Object>> deleted = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> key = columns(row, keyColumns);
            boolean keptHasOne = onePerClient || !uniqueColumns.isEmpty();
            if (linksTo(row, keptId) || keptHasOne && keptHasSame(handle, keptId, columns(row, uniqueColumns))) {
                bindAll(handle.createUpdate("DELETE FROM " + table + " WHERE " + clientColumn + " = :owner AND "
                        + conditions(key)), key).bind("owner", removedId).execute();
                deleted.add(row);
            } else {
                changeOwner(handle, key, removedId, keptId);
                moved.add(key);
            }
        }
        return new MovedRows(table, clientColumn, moved, deleted);
    }

    /** Puts back what {@link #moveRows} changed. */
    void undo(Handle handle, MovedRows rows, long removedId, long keptId) {
        rows.movedKeys().forEach(key -> changeOwner(handle, key, keptId, removedId));
        for (Map<String, Object> row : rows.deletedRows()) {
            String names = String.join(", ", row.keySet());
            String values = row.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "));
            bindAll(handle.createUpdate("INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")"), row)
                    .execute();
        }
    }

    private void changeOwner(Handle handle, Map<String, Object> key, long from, long to) {
        bindAll(handle.createUpdate("UPDATE " + table + " SET " + clientColumn + " = :to WHERE "
                        + clientColumn + " = :from AND " + conditions(key)), key)
                .bind("from", from).bind("to", to).execute();
    }

    private boolean keptHasSame(Handle handle, long keptId, Map<String, Object> unique) {
        return bindAll(handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + clientColumn
                + " = :owner AND " + conditions(unique)), unique)
                .bind("owner", keptId).mapTo(Integer.class).one() > 0;
    }

    /** Whether this row links the removed client to the kept one: merged, it would link a client to itself. */
    private boolean linksTo(Map<String, Object> row, long keptId) {
        return otherColumn != null && row.get(otherColumn) instanceof Number other && other.longValue() == keptId;
    }

    private static Map<String, Object> columns(Map<String, Object> row, List<String> names) {
        Map<String, Object> values = new LinkedHashMap<>();
        names.forEach(name -> values.put(name, row.get(name)));
        return values;
    }

    /** "a = :a AND b = :b"; with no columns, a condition every row meets. */
    private static String conditions(Map<String, Object> values) {
        if (values.isEmpty()) {
            return "1 = 1";
        }
        return values.keySet().stream().map(name -> name + " = :" + name).collect(Collectors.joining(" AND "));
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, Map<String, Object> values) {
        values.forEach(statement::bind);
        return statement;
    }
}
