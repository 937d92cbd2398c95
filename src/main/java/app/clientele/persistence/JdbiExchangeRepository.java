package app.clientele.persistence;

import app.clientele.domain.Client;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomValues;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.ExchangeRepository;
import app.clientele.domain.HistoryFigures;
import app.clientele.domain.PhoneNumber;
import app.clientele.text.Phones;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Bulk reads and the single-transaction, batched writes of imports. */
public final class JdbiExchangeRepository implements ExchangeRepository {
    /** Rows per statement batch and ids per IN list: large enough to be fast, small enough for any driver. */
    static final int BATCH_SIZE = 1000;
    /**
     * Client rows looked up per query. H2 finds each id by the primary key but then checks the row
     * against the whole IN list again, so the work per row grows with the list's length.
     */
    private static final int LOOKUP_SIZE = 100;

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiExchangeRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Client rows are read {@link #BATCH_SIZE} at a time in the order asked for; their child rows are
     * read with them for one batch, and in one pass over each child table for more: H2 checks every
     * row it reads against the whole IN list, which made batch after batch of child rows the bulk of
     * a large export.
     */
    @Override
    public void forEachClient(List<Long> ids, Consumer<Client> action) {
        jdbi.useHandle(handle -> {
            ClientChildren ofAll = ids.size() > BATCH_SIZE ? ClientChildren.ofMany(handle, Set.copyOf(ids)) : null;
            for (int start = 0; start < ids.size(); start += BATCH_SIZE) {
                List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + BATCH_SIZE));
                Map<Long, Client> read = readClients(handle, chunk, ofAll != null ? ofAll : ClientChildren.of(handle, chunk));
                chunk.stream().map(read::get).filter(client -> client != null).forEach(action);
            }
        });
    }

    /** Reads up to {@link #BATCH_SIZE} clients with five queries. */
    static Map<Long, Client> readClients(Handle handle, Collection<Long> ids) {
        return readClients(handle, ids, ClientChildren.of(handle, ids));
    }

    private static Map<Long, Client> readClients(Handle handle, Collection<Long> ids, ClientChildren children) {
        List<Long> list = List.copyOf(ids);
        Map<Long, Client> clients = new HashMap<>();
        for (int start = 0; start < list.size(); start += LOOKUP_SIZE) {
            handle.createQuery("SELECT * FROM client WHERE id IN (<ids>)")
                    .bindList("ids", list.subList(start, Math.min(list.size(), start + LOOKUP_SIZE)))
                    .map(children.clients())
                    .forEach(client -> clients.put(client.id(), client));
        }
        return clients;
    }

    @Override
    public List<CustomField> customFields() {
        return jdbi.withHandle(JdbiCustomFieldRepository::readFields);
    }

    @Override
    public List<ClientKeys> matchKeys() {
        return jdbi.withHandle(handle -> {
            Map<Long, List<String>> emails = new HashMap<>();
            handle.createQuery("SELECT client_id, address_key FROM client_email ORDER BY client_id, sort_order")
                    .map((row, context) -> Map.entry(row.getLong(1), row.getString(2)))
                    .forEach(key -> emails.computeIfAbsent(key.getKey(), k -> new ArrayList<>(2)).add(key.getValue()));
            Map<Long, List<String>> phones = new HashMap<>();
            handle.createQuery("SELECT client_id, digits FROM client_phone ORDER BY client_id, sort_order")
                    .map((row, context) -> Map.entry(row.getLong(1), row.getString(2)))
                    .forEach(phone -> phones.computeIfAbsent(phone.getKey(), k -> new ArrayList<>(2))
                            .add(phone.getValue()));
            return handle.createQuery("SELECT id, display_name, family_name, given_name, archived FROM client ORDER BY id")
                    .map((row, context) -> {
                        long id = row.getLong("id");
                        return new ClientKeys(id, row.getString("display_name"), row.getString("family_name"),
                                row.getString("given_name"), row.getBoolean("archived"),
                                emails.getOrDefault(id, List.of()), phones.getOrDefault(id, List.of()));
                    })
                    .list();
        });
    }

    @Override
    public <T> T inOneTransaction(Function<ImportSession, T> work) {
        return jdbi.inTransaction(handle -> {
            Session session = new Session(handle, now());
            T result = work.apply(session);
            session.flush();
            return result;
        });
    }

    /**
     * Writes new clients with their history figures ({@code figures.get(i)} for {@code clients.get(i)}),
     * {@link #BATCH_SIZE} at a time: one batch for the clients, then one for each kind of child row.
     *
     * @return the clients' ids, in the same order
     */
    static List<Long> insert(Handle handle, List<Client> clients, List<HistoryFigures> figures, Instant now) {
        String user = ActingUser.of(handle);
        List<Long> ids = new ArrayList<>(clients.size());
        for (int start = 0; start < clients.size(); start += BATCH_SIZE) {
            int end = Math.min(clients.size(), start + BATCH_SIZE);
            PreparedBatch rows = handle.prepareBatch("INSERT INTO client (version, created_at, updated_at, created_by, "
                    + "updated_by, " + ClientActivity.COLUMNS + ", " + JdbiClientRepository.CLIENT_COLUMNS
                    + ") VALUES (0, :now, :now, :user, :user, " + ClientActivity.VALUES + ", "
                    + JdbiClientRepository.CLIENT_VALUES + ")");
            for (int i = start; i < end; i++) {
                ClientActivity.bindFigures(JdbiClientRepository.bindClient(rows, clients.get(i)), figures.get(i))
                        .bind("now", now).bind("user", user).add();
            }
            List<Long> batchIds = rows.executePreparedBatch("id").mapTo(Long.class).list();
            if (batchIds.size() != end - start) {
                throw new IllegalStateException("the database returned " + batchIds.size() + " ids for "
                        + (end - start) + " new clients");
            }
            ClientChildRows children = new ClientChildRows(handle);
            for (int i = start; i < end; i++) {
                children.add(batchIds.get(i - start), clients.get(i));
            }
            children.execute();
            ids.addAll(batchIds);
        }
        return ids;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** One import's writes: new clients are queued and written in batches. */
    private static final class Session implements ImportSession {
        private final Handle handle;
        private final Instant now;
        private final List<Client> queued = new ArrayList<>();
        private final List<Long> createdIds = new ArrayList<>();

        Session(Handle handle, Instant now) {
            this.handle = handle;
            this.now = now;
        }

        @Override
        public Map<String, List<Long>> clientsByEmailKeys(Collection<String> keys) {
            Map<String, List<Long>> found = new HashMap<>();
            forChunks(keys, chunk -> handle.createQuery("""
                            SELECT address_key, client_id FROM client_email
                            WHERE address_key IN (<keys>) ORDER BY client_id""")
                    .bindList("keys", chunk)
                    .map((row, context) -> Map.entry(row.getString(1), row.getLong(2)))
                    .forEach(match -> addMatch(found, match.getKey(), match.getValue())));
            return found;
        }

        /** The digits column holds each number's match key ({@link Phones#matchKey}). */
        @Override
        public Map<String, List<Long>> clientsByPhoneKeys(Collection<String> keys) {
            Map<String, List<Long>> found = new HashMap<>();
            forChunks(new LinkedHashSet<>(keys), chunk -> handle.createQuery("""
                            SELECT digits, client_id FROM client_phone
                            WHERE digits IN (<digits>) ORDER BY client_id""")
                    .bindList("digits", chunk)
                    .map((row, context) -> Map.entry(row.getString(1), row.getLong(2)))
                    .forEach(match -> addMatch(found, match.getKey(), match.getValue())));
            return found;
        }

        @Override
        public void create(Client client) {
            queued.add(client);
            if (queued.size() >= BATCH_SIZE) {
                flush();
            }
        }

        @Override
        public long createdId(int index) {
            if (index >= createdIds.size()) {
                flush();
            }
            return createdIds.get(index);
        }

        @Override
        public Optional<Client> find(long id) {
            flush();
            return Optional.ofNullable(readClients(handle, List.of(id)).get(id));
        }

        @Override
        public void update(Client client) {
            flush();
            JdbiClientRepository.update(handle, client, now);
        }

        /** Writes the queued clients. */
        void flush() {
            if (queued.isEmpty()) {
                return;
            }
            createdIds.addAll(insert(handle, queued, Collections.nCopies(queued.size(), HistoryFigures.NONE), now));
            queued.clear();
        }

        private static void addMatch(Map<String, List<Long>> found, String key, long clientId) {
            List<Long> ids = found.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!ids.contains(clientId)) {
                ids.add(clientId);
            }
        }

        private static void forChunks(Collection<String> values, Consumer<List<String>> action) {
            List<String> all = List.copyOf(new LinkedHashSet<>(values));
            for (int start = 0; start < all.size(); start += BATCH_SIZE) {
                action.accept(all.subList(start, Math.min(all.size(), start + BATCH_SIZE)));
            }
        }
    }
}
