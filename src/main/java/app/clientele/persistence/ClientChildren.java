package app.clientele.persistence;

import app.clientele.domain.Client;
import app.clientele.domain.CustomValues;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.PhoneNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The emails, phones, tags and custom values of some clients, each kind read with one query, to be
 * joined to the clients' own rows as those are read.
 */
record ClientChildren(Map<Long, List<EmailAddress>> emails, Map<Long, List<PhoneNumber>> phones,
                      Map<Long, List<String>> tags, Map<Long, CustomValues> customValues) {

    /** Those of the clients with these ids (at most {@link JdbiExchangeRepository#BATCH_SIZE}), looked up by IN list. */
    static ClientChildren of(Handle handle, Collection<Long> ids) {
        List<Long> list = List.copyOf(ids);
        return read(handle, " WHERE client_id IN (<ids>)", query -> query.bindList("ids", list), Set.copyOf(list),
                CustomValueRows.of(handle, list));
    }

    /**
     * Those of the clients with these ids, however many: one pass over each table in index order,
     * keeping the rows of these clients only.
     */
    static ClientChildren ofMany(Handle handle, Set<Long> ids) {
        Map<Long, CustomValues> customValues = new HashMap<>(CustomValueRows.read(handle, "", Map.of()));
        customValues.keySet().retainAll(ids);
        return read(handle, "", query -> query, ids, customValues);
    }

    /** The emails, phones and tags of the clients with these ids, however many; no custom values. */
    static ClientChildren contactValuesOf(Handle handle, Set<Long> ids) {
        return read(handle, "", query -> query, ids, Map.of());
    }

    private static ClientChildren read(Handle handle, String filter, UnaryOperator<Query> bind, Set<Long> ids,
                                       Map<Long, CustomValues> customValues) {
        return new ClientChildren(
                grouped(handle, "SELECT client_id, label, address, is_primary FROM client_email" + filter
                                + " ORDER BY client_id, sort_order", bind, ids,
                        (row, context) -> new EmailAddress(row.getString(2), row.getString(3), row.getBoolean(4))),
                grouped(handle, "SELECT client_id, label, phone_number FROM client_phone" + filter
                                + " ORDER BY client_id, sort_order", bind, ids,
                        (row, context) -> new PhoneNumber(row.getString(2), row.getString(3))),
                grouped(handle, "SELECT client_id, tag FROM client_tag" + filter + " ORDER BY client_id, tag", bind, ids,
                        (row, context) -> row.getString(2)),
                customValues);
    }

    /** The values a query's rows hold after their client id (its first column), by client, in the rows' order. */
    private static <T> Map<Long, List<T>> grouped(Handle handle, String sql, UnaryOperator<Query> bind, Set<Long> ids,
                                                  RowMapper<T> value) {
        Map<Long, List<T>> values = new HashMap<>();
        bind.apply(handle.createQuery(sql))
                .map((row, context) -> Map.entry(row.getLong(1), value.map(row, context)))
                .filter(entry -> ids.contains(entry.getKey()))
                .forEach(entry -> values.computeIfAbsent(entry.getKey(), id -> new ArrayList<>(2)).add(entry.getValue()));
        return values;
    }

    /** Clients from {@code client} rows, each with its child rows; the columns are found once per query. */
    RowMapper<Client> clients() {
        return ClientColumns.mapper((columns, row) -> {
            long id = columns.id(row);
            return columns.client(row, emails.getOrDefault(id, List.of()), phones.getOrDefault(id, List.of()),
                    tags.getOrDefault(id, List.of()), customValues.getOrDefault(id, CustomValues.NONE));
        });
    }
}
