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

/**
 * Reads clients' values of the firm's own fields from {@code custom_value}. The few fields' types
 * are read first and joined here, which keeps the scan of a hundred thousand clients' values a
 * plain table read.
 */
final class CustomValueRows {
    private static final String SELECT = "SELECT client_id, field_id, field_value FROM custom_value";

    private CustomValueRows() {
    }

    /** The values of the clients with these ids (at most {@link JdbiExchangeRepository#BATCH_SIZE}). */
    static Map<Long, CustomValues> of(Handle handle, Collection<Long> ids) {
        return collect(handle, handle.createQuery(SELECT + " WHERE client_id IN (<ids>)").bindList("ids", List.copyOf(ids)));
    }

    /** The values of every client, or of those a filter on {@code client_id} picks (" WHERE client_id = :id"). */
    static Map<Long, CustomValues> read(Handle handle, String clientFilter, Map<String, Object> binds) {
        return collect(handle, handle.createQuery(SELECT + clientFilter).bindMap(binds));
    }

    private static Map<Long, CustomValues> collect(Handle handle, Query query) {
        Map<Long, CustomFieldType> types = new HashMap<>();
        handle.createQuery("SELECT id, field_type FROM custom_field")
                .map((row, context) -> Map.entry(row.getLong(1), CustomFieldType.valueOf(row.getString(2))))
                .forEach(type -> types.put(type.getKey(), type.getValue()));
        Map<Long, Map<Long, CustomValue>> values = new HashMap<>();
        query.map((row, context) -> {
                    long field = row.getLong(2);
                    return new Row(row.getLong(1), field, new CustomValue(types.get(field), row.getString(3)));
                })
                .forEach(row -> values.computeIfAbsent(row.clientId(), k -> new HashMap<>(4)).put(row.fieldId(), row.value()));
        Map<Long, CustomValues> byClient = new HashMap<>(values.size() * 2);
        values.forEach((client, fields) -> byClient.put(client, new CustomValues(fields)));
        return byClient;
    }

    private record Row(long clientId, long fieldId, CustomValue value) {
    }
}
