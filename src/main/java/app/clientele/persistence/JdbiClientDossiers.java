package app.clientele.persistence;

import app.clientele.domain.ClientDossier;
import app.clientele.domain.ClientDossiers;
import app.clientele.domain.ClienteleException;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads a client's dossier from every table of {@link ClientOwnedTables}, plus the interactions the
 * client took part in, so a feature that adds a table about clients is in the dossier by the same
 * line that makes merges move its rows.
 */
public final class JdbiClientDossiers implements ClientDossiers {
    private final Jdbi jdbi;

    public JdbiClientDossiers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ClientDossier read(long clientId) {
        return jdbi.inTransaction(handle -> {
            Map<String, Object> client = Rows.read(handle, "SELECT * FROM client WHERE id = :id", clientId)
                    .stream().findFirst().orElseThrow(() -> new ClienteleException("error.clientGone"));
            Map<String, List<Map<String, Object>>> related = new LinkedHashMap<>();
            related.put("interaction", Rows.read(handle, """
                    SELECT * FROM interaction WHERE id IN (
                        SELECT interaction_id FROM interaction_participant WHERE client_id = :id)
                    ORDER BY occurred_at""", clientId));
            for (ClientOwnedTable table : ClientOwnedTables.ALL) {
                List<Map<String, Object>> rows = Rows.read(handle,
                        "SELECT * FROM " + table.table() + " WHERE " + table.clientColumn() + " = :id", clientId);
                related.merge(table.table(), rows, (earlier, more) -> Stream.concat(earlier.stream(), more.stream()).toList());
            }
            related.replaceAll((table, rows) -> rows.stream().map(JdbiClientDossiers::javaTimes).toList());
            return new ClientDossier(clientId, (String) client.get("display_name"), nonNull(javaTimes(client)), related);
        });
    }

    /** Dates and times as java.time values, whatever the JDBC driver returned. */
    private static Map<String, Object> javaTimes(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column, javaTime(value)));
        return values;
    }

    private static Object javaTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Time time) {
            return time.toLocalTime();
        }
        return value;
    }

    /** Absent values are left out: the dossier lists what is stored. */
    private static Map<String, Object> nonNull(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (value != null) {
                values.put(column, value);
            }
        });
        return values;
    }
}
