package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ContactStatus;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.InsightsRepository;
import app.clientele.domain.Period;
import app.clientele.domain.Relationship;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.ScoreRange;
import app.clientele.domain.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The dashboard's figures counted in SQL. Each query reads one table, mostly from an index alone
 * (migration V005), and periods arrive as bound instants sorted into buckets by a CASE expression,
 * which H2 and PostgreSQL both evaluate the same way whatever their own time zone.
 */
public final class JdbiInsightsRepository implements InsightsRepository {
    private final Jdbi jdbi;

    public JdbiInsightsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<ClientGroup> clientGroups(Instant clientsDormantBefore, Instant customersDormantBefore) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT relationship, segment, customer_type, last_satisfaction, engaged, dormant, COUNT(*) AS clients
                        FROM (SELECT relationship, segment, customer_type, last_satisfaction,
                                     CASE WHEN engagements >= 2 THEN 2 ELSE engagements END AS engaged,
                                     CASE WHEN COALESCE(last_contact_at, created_at) < CASE WHEN relationship = 'CUSTOMER'
                                                  THEN :customers ELSE :clients END
                                          THEN 1 ELSE 0 END AS dormant
                              FROM client WHERE archived = FALSE) c
                        GROUP BY relationship, segment, customer_type, last_satisfaction, engaged, dormant""")
                .bind("clients", clientsDormantBefore)
                .bind("customers", customersDormantBefore)
                .map((row, context) -> new ClientGroup(Relationship.valueOf(row.getString("relationship")),
                        Segment.valueOf(row.getString("segment")), CustomerType.valueOf(row.getString("customer_type")),
                        row.getObject("last_satisfaction", Integer.class), RepeatBusiness.of(row.getInt("engaged")),
                        row.getInt("dormant") == 1, row.getLong("clients")))
                .list());
    }

    @Override
    public List<ContactStatus> ownCadences() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.id, c.display_name, c.relationship, c.created_at, c.last_contact_at, k.every_days
                        FROM client_cadence k JOIN client c ON c.id = k.client_id
                        WHERE c.archived = FALSE""")
                .map((row, context) -> new ContactStatus(new ClientRef(row.getLong("id"), row.getString("display_name")),
                        Relationship.valueOf(row.getString("relationship")), row.getInt("every_days"),
                        instant(row, "last_contact_at"), instant(row, "created_at")))
                .list());
    }

    @Override
    public List<Long> clientsAdded(List<Period> periods) {
        Buckets buckets = new Buckets(periods);
        long[] counts = new long[periods.size()];
        jdbi.useHandle(handle -> handle.createQuery("SELECT period, COUNT(*) AS clients FROM (SELECT "
                        + buckets.caseOf("created_at") + " AS period FROM client WHERE archived = FALSE AND "
                        + buckets.within("created_at") + ") c WHERE period IS NOT NULL GROUP BY period")
                .bindMap(buckets.binds())
                .map((row, context) -> Map.entry(row.getInt("period"), row.getLong("clients")))
                .forEach(count -> counts[count.getKey()] = count.getValue()));
        return Arrays.stream(counts).boxed().toList();
    }

    @Override
    public List<InteractionTally> interactions(List<Period> periods) {
        Buckets buckets = new Buckets(periods);
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT period, channel, COUNT(*) AS interactions, COALESCE(SUM(satisfaction), 0) AS score_sum,"
                                + " COUNT(satisfaction) AS scores"
                                + " FROM (SELECT " + buckets.caseOf("occurred_at") + " AS period, channel, satisfaction"
                                + " FROM interaction WHERE " + buckets.within("occurred_at") + ") i"
                                + " WHERE period IS NOT NULL GROUP BY period, channel")
                .bindMap(buckets.binds())
                .map((row, context) -> new InteractionTally(row.getInt("period"),
                        Channel.valueOf(row.getString("channel")), row.getLong("interactions"),
                        row.getLong("score_sum"), row.getLong("scores")))
                .list());
    }

    @Override
    public List<CompletedFollowUp> completedFollowUps(Period period) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT client_id, due_date, completed_at FROM follow_up
                        WHERE status = 'DONE' AND completed_at >= :from AND completed_at < :until""")
                .bind("from", period.start())
                .bind("until", period.end())
                .map((row, context) -> new CompletedFollowUp(row.getLong("client_id"),
                        row.getObject("due_date", LocalDate.class), instant(row, "completed_at")))
                .list());
    }

    @Override
    public List<Long> overdueAt(List<Moment> moments) {
        if (moments.isEmpty()) {
            return List.of();
        }
        Map<String, Object> binds = new HashMap<>();
        List<String> sums = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            sums.add("SUM(CASE WHEN " + overdueAt(i) + " THEN 1 ELSE 0 END) AS overdue_" + i);
            binds.put("day_" + i, moments.get(i).day());
            binds.put("at_" + i, moments.get(i).start());
        }
        // Only follow-ups due before the last moment and still open at the first one can count.
        binds.put("last_day", moments.stream().map(Moment::day).max(Comparator.naturalOrder()).orElseThrow());
        binds.put("first_at", moments.stream().map(Moment::start).min(Comparator.naturalOrder()).orElseThrow());
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + String.join(", ", sums)
                        + " FROM follow_up WHERE due_date < :last_day AND (completed_at IS NULL OR completed_at >= :first_at)")
                .bindMap(binds)
                .map((row, context) -> {
                    List<Long> counts = new ArrayList<>();
                    for (int i = 0; i < moments.size(); i++) {
                        counts.add(row.getLong("overdue_" + i));
                    }
                    return counts;
                })
                .one());
    }

    /** Due before the moment's day, already there, and not done or dropped by then. */
    private static String overdueAt(int index) {
        return "due_date < :day_" + index + " AND created_at < :at_" + index
                + " AND (completed_at IS NULL OR completed_at >= :at_" + index + ")";
    }

    @Override
    public List<ScoredClient> lastScores(ScoreRange range, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, display_name, last_satisfaction, last_satisfaction_at FROM client
                        WHERE archived = FALSE AND last_satisfaction BETWEEN :min AND :max
                        ORDER BY last_satisfaction_at DESC, id DESC
                        FETCH FIRST :limit ROWS ONLY""")
                .bind("min", range.min())
                .bind("max", range.max())
                .bind("limit", limit)
                .map((row, context) -> new ScoredClient(new ClientRef(row.getLong("id"), row.getString("display_name")),
                        row.getInt("last_satisfaction"), instant(row, "last_satisfaction_at")))
                .list());
    }

    @Override
    public Set<Long> clientsWithInteractions(Period period, Channel channel) {
        Map<String, Object> binds = new HashMap<>(Map.of("from", period.start(), "until", period.end()));
        String onChannel = "";
        if (channel != null) {
            onChannel = " AND i.channel = :channel";
            binds.put("channel", channel.name());
        }
        String sql = """
                SELECT DISTINCT p.client_id FROM interaction i
                JOIN interaction_participant p ON p.interaction_id = i.id
                WHERE i.occurred_at >= :from AND i.occurred_at < :until""" + onChannel;
        return jdbi.withHandle(handle -> new HashSet<>(handle.createQuery(sql).bindMap(binds)
                .mapTo(Long.class).list()));
    }

    @Override
    public Set<Long> clientsWhoScored(Period period) {
        return jdbi.withHandle(handle -> new HashSet<>(handle.createQuery("""
                        SELECT DISTINCT p.client_id FROM interaction i
                        JOIN interaction_participant p ON p.interaction_id = i.id
                        WHERE i.occurred_at >= :from AND i.occurred_at < :until AND i.satisfaction IS NOT NULL""")
                .bind("from", period.start())
                .bind("until", period.end())
                .mapTo(Long.class).list()));
    }

    @Override
    public Set<Long> clientsWithOverdueFollowUps(Moment moment) {
        return jdbi.withHandle(handle -> new HashSet<>(handle.createQuery(
                        "SELECT DISTINCT client_id FROM follow_up WHERE " + overdueAt(0))
                .bind("day_0", moment.day())
                .bind("at_0", moment.start())
                .mapTo(Long.class).list()));
    }

    @Override
    public ClientHistory history(long clientId) {
        return jdbi.withHandle(handle -> {
            TypeChoice choice = handle.createQuery(
                            "SELECT customer_type, customer_type_by_user FROM client WHERE id = :id")
                    .bind("id", clientId)
                    .map((row, context) -> new TypeChoice(CustomerType.valueOf(row.getString("customer_type")),
                            row.getBoolean("customer_type_by_user")))
                    .findOne().orElseThrow(() -> new ClienteleException("error.clientGone"));
            List<Contact> contacts = handle.createQuery("""
                            SELECT p.occurred_at, i.direction, i.satisfaction
                            FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id
                            WHERE p.client_id = :id ORDER BY p.occurred_at, p.interaction_id""")
                    .bind("id", clientId)
                    .map((row, context) -> new Contact(instant(row, "occurred_at"),
                            Direction.valueOf(row.getString("direction")), row.getObject("satisfaction", Integer.class)))
                    .list();
            int openComplaints = handle.createQuery("""
                            SELECT COUNT(*) FROM follow_up f JOIN interaction i ON i.id = f.interaction_id
                            WHERE f.client_id = :id AND f.status = 'OPEN' AND i.satisfaction <= :unhappy""")
                    .bind("id", clientId)
                    .bind("unhappy", ScoreRange.AT_RISK.max())
                    .mapTo(Integer.class).one();
            return new ClientHistory(clientId, choice.type(), choice.byUser(), contacts, openComplaints);
        });
    }

    private record TypeChoice(CustomerType type, boolean byUser) {
    }

    /**
     * Periods as SQL: a CASE giving each row its period's index (null outside them all), and a range
     * condition over all of them that an index on the column can serve. Every instant is bound.
     */
    private static final class Buckets {
        private final List<Period> periods;
        private final Map<String, Object> binds = new HashMap<>();

        Buckets(List<Period> periods) {
            if (periods.isEmpty()) {
                throw new IllegalArgumentException("at least one period");
            }
            this.periods = List.copyOf(periods);
            for (int i = 0; i < periods.size(); i++) {
                binds.put("start_" + i, periods.get(i).start());
                binds.put("end_" + i, periods.get(i).end());
            }
            binds.put("first_start", periods.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow());
            binds.put("last_end", periods.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow());
        }

        String caseOf(String column) {
            StringBuilder sql = new StringBuilder("CASE");
            for (int i = 0; i < periods.size(); i++) {
                sql.append(" WHEN ").append(column).append(" >= :start_").append(i).append(" AND ").append(column)
                        .append(" < :end_").append(i).append(" THEN ").append(i);
            }
            return sql.append(" END").toString();
        }

        String within(String column) {
            return column + " >= :first_start AND " + column + " < :last_end";
        }

        Map<String, Object> binds() {
            return binds;
        }
    }
}
