package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.Trash;
import app.clientele.domain.TrashEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The trash as a table of snapshots. Moving a client there reads every row about them (the
 * client, each table of {@link ClientOwnedTables}, and the interactions only they took part in),
 * stores those rows as one serialized value, and deletes the client; restoring inserts the same
 * rows again, ids included. Both happen in one transaction.
 */
public final class JdbiTrash implements Trash {
    /** Only the value types a row can hold may come back out of a snapshot. */
    private static final ObjectInputFilter SNAPSHOT_TYPES = ObjectInputFilter.Config.createFilter(
            "java.lang.*;java.util.*;java.time.*;java.sql.Date;java.sql.Time;java.sql.Timestamp;java.math.*;"
                    + Snapshot.class.getName() + ";" + TableRows.class.getName() + ";[B;!*");

    private final Jdbi jdbi;
    private final Clock clock;
    private final List<ClientOwnedTable> tables;

    public JdbiTrash(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, ClientOwnedTables.ALL);
    }

    JdbiTrash(Jdbi jdbi, Clock clock, List<ClientOwnedTable> tables) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tables = List.copyOf(tables);
    }

    /** Every row about one client, as the database held them. */
    record Snapshot(Map<String, Object> client, List<Map<String, Object>> interactions, List<TableRows> tables)
            implements Serializable {
    }

    record TableRows(String table, List<Map<String, Object>> rows) implements Serializable {
    }

    @Override
    public TrashEntry moveToTrash(long clientId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return jdbi.inTransaction(handle -> {
            Map<String, Object> client = Rows.read(handle, "SELECT * FROM client WHERE id = :id", clientId).stream()
                    .findFirst().orElseThrow(() -> new ClienteleException("error.clientGone"));
            List<Map<String, Object>> interactions = Rows.read(handle, """
                    SELECT * FROM interaction WHERE id IN (
                        SELECT p.interaction_id FROM interaction_participant p WHERE p.client_id = :id)
                      AND NOT EXISTS (SELECT 1 FROM interaction_participant o
                                      WHERE o.interaction_id = interaction.id AND o.client_id <> :id)""", clientId);
            List<TableRows> owned = tables.stream().map(table -> new TableRows(table.table(), Rows.read(handle,
                    "SELECT * FROM " + table.table() + " WHERE " + table.clientColumn() + " = :id", clientId))).toList();
            String displayName = (String) client.get("display_name");
            long entryId = handle.createUpdate("""
                            INSERT INTO trash (client_id, display_name, deleted_at, snapshot)
                            VALUES (:client, :name, :now, :snapshot)""")
                    .bind("client", clientId)
                    .bind("name", displayName)
                    .bind("now", now)
                    .bind("snapshot", serialize(new Snapshot(client, interactions, owned)))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            JdbiClientRepository.deleteWithHistory(handle, clientId);
            return new TrashEntry(entryId, clientId, displayName, now);
        });
    }

    @Override
    public List<TrashEntry> entries() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, client_id, display_name, deleted_at FROM trash ORDER BY deleted_at DESC, id DESC")
                .map((row, context) -> new TrashEntry(row.getLong("id"), row.getLong("client_id"),
                        row.getString("display_name"), row.getObject("deleted_at", java.time.OffsetDateTime.class)
                        .toInstant()))
                .list());
    }

    @Override
    public void restore(long entryId) {
        jdbi.useTransaction(handle -> {
            String stored = handle.createQuery("SELECT snapshot FROM trash WHERE id = :id").bind("id", entryId)
                    .mapTo(String.class).findOne().orElseThrow(() -> new ClienteleException("error.trash.gone"));
            Snapshot snapshot = deserialize(stored);
            insert(handle, "client", snapshot.client());
            snapshot.interactions().forEach(row -> insert(handle, "interaction", row));
            snapshot.tables().forEach(table -> table.rows().forEach(row -> insert(handle, table.table(), row)));
            // Interactions shared with others may have changed while this client was in the trash.
            ClientActivity.refresh(handle, List.of(clientIdOf(handle, entryId)));
            handle.createUpdate("DELETE FROM trash WHERE id = :id").bind("id", entryId).execute();
        });
    }

    private static long clientIdOf(Handle handle, long entryId) {
        return handle.createQuery("SELECT client_id FROM trash WHERE id = :id").bind("id", entryId)
                .mapTo(Long.class).one();
    }

    @Override
    public void empty(long entryId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM trash WHERE id = :id").bind("id", entryId).execute());
    }

    @Override
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(KEEP_FOR);
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM trash WHERE deleted_at < :cutoff")
                .bind("cutoff", cutoff).execute());
    }

    @Override
    public void forget(long clientId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM trash WHERE client_id = :id")
                .bind("id", clientId).execute());
    }

    /** Table and column names come from the database's own rows and our registry, never from the user. */
    private static void insert(Handle handle, String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String values = row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        var insert = handle.createUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")");
        row.forEach(insert::bind);
        insert.execute();
    }

    private static String serialize(Snapshot snapshot) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static Snapshot deserialize(String stored) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            in.setObjectInputFilter(SNAPSHOT_TYPES);
            return (Snapshot) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new ClienteleException(e, "error.trash.unreadable");
        }
    }
}
