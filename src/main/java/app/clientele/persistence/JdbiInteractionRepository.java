package app.clientele.persistence;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.Direction;
import app.clientele.domain.Interaction;
import app.clientele.domain.InteractionQuery;
import app.clientele.domain.InteractionRepository;
import app.clientele.domain.StaleDataException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Interactions in the {@code interaction} table, their clients in {@code interaction_participant}.
 * A participant row repeats the interaction's time so a client's history is one index range.
 */
public final class JdbiInteractionRepository implements InteractionRepository {
    private static final Map<InteractionQuery.Sort, String> SORT_COLUMNS = Map.of(
            InteractionQuery.Sort.DATE, "i.occurred_at",
            InteractionQuery.Sort.CHANNEL, "i.channel",
            InteractionQuery.Sort.DIRECTION, "i.direction",
            InteractionQuery.Sort.SUBJECT, "LOWER(i.subject)",
            InteractionQuery.Sort.SATISFACTION, "i.satisfaction");

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiInteractionRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Interaction create(Interaction interaction) {
        Instant now = now();
        return jdbi.inTransaction(handle -> insert(handle, interaction, now));
    }

    /** Inserts a new interaction and its participants within the caller's transaction. */
    static Interaction insert(Handle handle, Interaction interaction, Instant now) {
        String user = ActingUser.of(handle);
        long id = bindFields(handle.createUpdate("""
                        INSERT INTO interaction (id, version, occurred_at, channel, direction, subject, notes,
                            outcome, satisfaction, feedback, created_at, updated_at, created_by, updated_by)
                        VALUES (DEFAULT, 0, :occurred_at, :channel, :direction, :subject, :notes, :outcome,
                            :satisfaction, :feedback, :now, :now, :user, :user)"""), interaction)
                .bind("now", now)
                .bind("user", user)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        insertParticipants(handle, id, interaction);
        ClientActivity.refresh(handle, interaction.clientIds());
        return interaction.withId(id, 0, now, now).withAuthors(user, user);
    }

    @Override
    public Interaction update(Interaction interaction) {
        Instant now = now();
        return jdbi.inTransaction(handle -> {
            String user = ActingUser.of(handle);
            int changed = bindFields(handle.createUpdate("""
                            UPDATE interaction SET version = version + 1, updated_at = :now, updated_by = :user,
                                occurred_at = :occurred_at, channel = :channel, direction = :direction,
                                subject = :subject, notes = :notes, outcome = :outcome,
                                satisfaction = :satisfaction, feedback = :feedback
                            WHERE id = :id AND version = :version"""), interaction)
                    .bind("now", now)
                    .bind("user", user)
                    .bind("id", interaction.id())
                    .bind("version", interaction.version())
                    .execute();
            if (changed == 0) {
                throw new StaleDataException(interaction.id());
            }
            Set<Long> affected = new HashSet<>(participantIds(handle, interaction.id()));
            handle.createUpdate("DELETE FROM interaction_participant WHERE interaction_id = :id")
                    .bind("id", interaction.id()).execute();
            insertParticipants(handle, interaction.id(), interaction);
            affected.addAll(interaction.clientIds());
            ClientActivity.refresh(handle, affected);
            return interaction.withId(interaction.id(), interaction.version() + 1, interaction.createdAt(), now)
                    .withAuthors(JdbiClientRepository.createdBy(handle, "interaction", interaction.id()), user);
        });
    }

    @Override
    public Optional<Interaction> find(long id) {
        return jdbi.withHandle(handle -> withParticipants(handle, handle.createQuery(
                        "SELECT * FROM interaction i WHERE id = :id")
                .bind("id", id)
                .map((row, context) -> readFields(row))
                .list())).stream().findFirst();
    }

    @Override
    public void delete(long id) {
        jdbi.useTransaction(handle -> {
            List<Long> participants = participantIds(handle, id);
            handle.createUpdate("DELETE FROM interaction WHERE id = :id").bind("id", id).execute();
            ClientActivity.refresh(handle, participants);
        });
    }

    private static List<Long> participantIds(Handle handle, long interactionId) {
        return handle.createQuery("SELECT client_id FROM interaction_participant WHERE interaction_id = :id")
                .bind("id", interactionId).mapTo(Long.class).list();
    }

    @Override
    public List<Interaction> timeline(long clientId, int offset, int limit) {
        return jdbi.withHandle(handle -> {
            // The page's ids come from the start of the newest-first index alone (client_id leads the
            // ORDER BY so H2 sees it can read the index in order), then their rows by primary key:
            // as a subquery of one join H2 read and sorted the client's whole history instead.
            List<Long> page = handle.createQuery("""
                            SELECT interaction_id FROM interaction_participant WHERE client_id = :client
                            ORDER BY client_id, occurred_at DESC, interaction_id DESC
                            OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                    .bind("client", clientId)
                    .bind("offset", offset)
                    .bind("limit", limit)
                    .mapTo(Long.class)
                    .list();
            if (page.isEmpty()) {
                return List.of();
            }
            Map<Long, Stored> rows = new HashMap<>();
            handle.createQuery("SELECT * FROM interaction WHERE id IN (<ids>)")
                    .bindList("ids", page)
                    .map((row, context) -> readFields(row))
                    .forEach(row -> rows.put(row.id(), row));
            return withParticipants(handle, page.stream().map(rows::get).filter(Objects::nonNull).toList());
        });
    }

    @Override
    public long countFor(long clientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM interaction_participant WHERE client_id = :client")
                .bind("client", clientId).mapTo(Long.class).one());
    }

    @Override
    public List<Interaction> search(InteractionQuery query, int offset, int limit) {
        Map<String, Object> binds = new HashMap<>();
        String where = where(query, true, binds);
        String column = SORT_COLUMNS.get(query.sort());
        String direction = query.ascending() ? "ASC" : "DESC";
        return jdbi.withHandle(handle -> withParticipants(handle, handle.createQuery(
                        "SELECT i.* FROM interaction i" + where
                                + " ORDER BY " + column + " " + direction + " NULLS LAST, i.occurred_at DESC, i.id DESC"
                                + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .bindMap(binds)
                .bind("offset", offset)
                .bind("limit", limit)
                .map((row, context) -> readFields(row))
                .list()));
    }

    @Override
    public long count(InteractionQuery query) {
        Map<String, Object> binds = new HashMap<>();
        String where = where(query, true, binds);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM interaction i" + where)
                .bindMap(binds).mapTo(Long.class).one());
    }

    @Override
    public Map<Channel, Long> countByChannel(InteractionQuery query) {
        Map<String, Object> binds = new HashMap<>();
        String where = where(query, false, binds);
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        jdbi.useHandle(handle -> handle.createQuery(
                        "SELECT i.channel, COUNT(*) FROM interaction i" + where + " GROUP BY i.channel")
                .bindMap(binds)
                .map((row, context) -> Map.entry(Channel.valueOf(row.getString(1)), row.getLong(2)))
                .forEach(count -> counts.put(count.getKey(), count.getValue())));
        return counts;
    }

    /** Times are kept to the millisecond so what is read back equals what was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The WHERE clause for a query: fixed SQL fragments chosen by which filters are set, every value
     * bound. Text is matched case-insensitively anywhere in the field.
     */
    private static String where(InteractionQuery query, boolean withChannel, Map<String, Object> binds) {
        List<String> conditions = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("i.occurred_at >= :from");
            binds.put("from", query.from());
        }
        if (query.until() != null) {
            conditions.add("i.occurred_at < :until");
            binds.put("until", query.until());
        }
        if (withChannel && query.channel() != null) {
            conditions.add("i.channel = :channel");
            binds.put("channel", query.channel().name());
        }
        if (query.text() != null) {
            conditions.add("""
                    (LOWER(i.subject) LIKE :text ESCAPE '!' OR LOWER(i.notes) LIKE :text ESCAPE '!'
                     OR LOWER(i.outcome) LIKE :text ESCAPE '!' OR LOWER(i.feedback) LIKE :text ESCAPE '!')""");
            binds.put("text", containsPattern(query.text()));
        }
        if (query.clientText() != null) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM interaction_participant p JOIN client c ON c.id = p.client_id
                            WHERE p.interaction_id = i.id AND LOWER(c.display_name) LIKE :client ESCAPE '!')""");
            binds.put("client", containsPattern(query.clientText()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A LIKE pattern matching the text anywhere, its own % and _ taken literally. */
    static String containsPattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    static <S extends SqlStatement<S>> S bindFields(S statement, Interaction interaction) {
        return statement
                .bind("occurred_at", interaction.occurredAt())
                .bind("channel", interaction.channel().name())
                .bind("direction", interaction.direction().name())
                .bind("subject", interaction.subject())
                .bind("notes", interaction.notes())
                .bind("outcome", interaction.outcome())
                .bind("satisfaction", interaction.satisfaction())
                .bind("feedback", interaction.feedback());
    }

    private static void insertParticipants(Handle handle, long interactionId, Interaction interaction) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO interaction_participant (interaction_id, client_id, sort_order, occurred_at)
                VALUES (:interaction, :client, :sort_order, :occurred_at)""");
        List<ClientRef> participants = interaction.participants();
        for (int i = 0; i < participants.size(); i++) {
            batch.bind("interaction", interactionId).bind("client", participants.get(i).id())
                    .bind("sort_order", i).bind("occurred_at", interaction.occurredAt()).add();
        }
        batch.execute();
    }

    /** An interaction's own row; its participants are read for a whole page at once. */
    private record Stored(long id, Function<List<ClientRef>, Interaction> withParticipants) {
    }

    private static Stored readFields(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        int version = row.getInt("version");
        Instant occurredAt = instant(row, "occurred_at");
        Channel channel = Channel.valueOf(row.getString("channel"));
        Direction direction = Direction.valueOf(row.getString("direction"));
        String subject = row.getString("subject");
        String notes = row.getString("notes");
        String outcome = row.getString("outcome");
        Integer satisfaction = row.getObject("satisfaction", Integer.class);
        String feedback = row.getString("feedback");
        Instant createdAt = instant(row, "created_at");
        Instant updatedAt = instant(row, "updated_at");
        String createdBy = row.getString("created_by");
        String updatedBy = row.getString("updated_by");
        return new Stored(id, participants -> new Interaction(id, version, participants, occurredAt, channel,
                direction, subject, notes, outcome, satisfaction, feedback, createdAt, updatedAt, createdBy,
                updatedBy));
    }

    private static List<Interaction> withParticipants(Handle handle, List<Stored> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ClientRef>> participants = new HashMap<>();
        handle.createQuery("""
                        SELECT p.interaction_id, p.client_id, c.display_name
                        FROM interaction_participant p JOIN client c ON c.id = p.client_id
                        WHERE p.interaction_id IN (<ids>) ORDER BY p.sort_order""")
                .bindList("ids", rows.stream().map(Stored::id).toList())
                .map((row, context) -> Map.entry(row.getLong(1), new ClientRef(row.getLong(2), row.getString(3))))
                .forEach(entry -> participants.computeIfAbsent(entry.getKey(), k -> new ArrayList<>(2))
                        .add(entry.getValue()));
        // Every interaction keeps at least one participant (deleting a client removes its lone interactions).
        return rows.stream().filter(row -> participants.containsKey(row.id()))
                .map(row -> row.withParticipants().apply(participants.get(row.id()))).toList();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
