package app.clientele.persistence;

import app.clientele.domain.CustomFieldType;
import app.clientele.domain.CustomValue;
import app.clientele.domain.CustomValues;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads clients' values of the firm's own fields from {@code custom_value}, with each field's type. */
final class CustomValueRows {
    private static final String SELECT = """
            SELECT v.client_id, v.field_id, v.field_value, f.field_type
            FROM custom_value v JOIN custom_field f ON f.id = v.field_id""";

    private CustomValueRows() {
    }

    /** The values of the clients with these ids (at most {@link JdbiExchangeRepository#BATCH_SIZE}). */
    static Map<Long, CustomValues> of(Handle handle, Collection<Long> ids) {
        return collect(handle.createQuery(SELECT + " WHERE v.client_id IN (<ids>)").bindList("ids", List.copyOf(ids)));
    }

    /** The values of every client, or of those a filter on {@code client_id} picks (" WHERE client_id = :id"). */
    static Map<Long, CustomValues> read(Handle handle, String clientFilter, Map<String, Object> binds) {
        return collect(handle.createQuery(SELECT + clientFilter.replace("client_id", "v.client_id")).bindMap(binds));
    }

    private static Map<Long, CustomValues> collect(Query query) {
        Map<Long, Map<Long, CustomValue>> values = new HashMap<>();
        query.map((row, context) -> new Row(row.getLong(1), row.getLong(2),
                        new CustomValue(CustomFieldType.valueOf(row.getString(4)), row.getString(3))))
                .forEach(row -> values.computeIfAbsent(row.clientId(), k -> new HashMap<>(4)).put(row.fieldId(), row.value()));
        Map<Long, CustomValues> byClient = new HashMap<>(values.size() * 2);
        values.forEach((client, fields) -> byClient.put(client, new CustomValues(fields)));
        return byClient;
    }

    private record Row(long clientId, long fieldId, CustomValue value) {
    }
}
