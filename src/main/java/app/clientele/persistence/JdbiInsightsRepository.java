package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ContactStatus;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.InsightsRepository;
import app.clientele.domain.InsightsRepository.LastScore;
import app.clientele.domain.Period;
import app.clientele.domain.Relationship;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.ScoreRange;
import app.clientele.domain.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
        return jdbi.withHandle(JdbiKeepInTouchRepository::ownCadences);
    }

    @Override
    public List<Long> clientsAdded(List<Period> periods) {
        Buckets buckets = new Buckets(periods);
        long[] counts = new long[periods.size()];
        jdbi.useHandle(handle -> handle.createQuery("SELECT period, COUNT(*) AS clients FROM (SELECT "
                        + buckets.caseOf("created_at") + " AS period FROM client WHERE archived = FALSE AND "
                        + buckets.within("created_at") + ") c GROUP BY period")
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
                                + " GROUP BY period, channel")
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

    /**
     * A follow-up is overdue at a moment when it was due before that day, already there, and not yet
     * closed. As the moments go forward, that holds for one unbroken run of them, so each follow-up
     * is placed by three steps (how many moments' days are on or before its due day, how many moments
     * come before its creation, before its closing) and the runs are added up here.
     */
    @Override
    public List<Long> overdueAt(List<Moment> moments) {
        if (moments.isEmpty()) {
            return List.of();
        }
        Steps days = new Steps("day", moments.stream().map(Moment::day).toList());
        Steps starts = new Steps("start", moments.stream().map(Moment::start).toList());
        Map<String, Object> binds = new HashMap<>(days.binds());
        binds.putAll(starts.binds());
        binds.put("last_day", moments.get(moments.size() - 1).day());
        binds.put("first_start", moments.get(0).start());
        long[] changes = new long[moments.size() + 1];
        jdbi.useHandle(handle -> handle.createQuery("SELECT due_step, created_step, closed_step, COUNT(*) AS follow_ups"
                        + " FROM (SELECT " + days.countUpTo("due_date") + " AS due_step, "
                        + starts.countUpTo("created_at") + " AS created_step, "
                        + "CASE WHEN completed_at IS NULL THEN " + moments.size() + " ELSE "
                        + starts.countUpTo("completed_at") + " END AS closed_step"
                        // Only those due before the last moment and still open at the first can count.
                        + " FROM follow_up WHERE due_date < :last_day"
                        + " AND (completed_at IS NULL OR completed_at >= :first_start)) f"
                        + " GROUP BY due_step, created_step, closed_step")
                .bindMap(binds)
                .map((row, context) -> new int[] {Math.max(row.getInt("due_step"), row.getInt("created_step")),
                        row.getInt("closed_step"), row.getInt("follow_ups")})
                .forEach(run -> {
                    if (run[0] < run[1]) {
                        changes[run[0]] += run[2];
                        changes[run[1]] -= run[2];
                    }
                }));
        List<Long> overdue = new ArrayList<>();
        long running = 0;
        for (int i = 0; i < moments.size(); i++) {
            running += changes[i];
            overdue.add(running);
        }
        return overdue;
    }

    @Override
    public List<ScoredClient> lastScores(ScoreRange range, int limit) {
        return jdbi.withHandle(handle -> {
            // The latest scores from the index alone, then the names of just those clients.
            List<Score> latest = handle.createQuery("""
                            SELECT id, last_satisfaction, last_satisfaction_at FROM client
                            WHERE archived = FALSE AND last_satisfaction BETWEEN :min AND :max
                            ORDER BY last_satisfaction_at DESC, id DESC
                            FETCH FIRST :limit ROWS ONLY""")
                    .bind("min", range.min())
                    .bind("max", range.max())
                    .bind("limit", limit)
                    .map((row, context) -> new Score(row.getLong("id"), row.getInt("last_satisfaction"),
                            instant(row, "last_satisfaction_at")))
                    .list();
            if (latest.isEmpty()) {
                return List.of();
            }
            Map<Long, String> names = new HashMap<>();
            handle.createQuery("SELECT id, display_name FROM client WHERE id IN (<ids>)")
                    .bindList("ids", latest.stream().map(Score::clientId).toList())
                    .map((row, context) -> Map.entry(row.getLong("id"), row.getString("display_name")))
                    .forEach(name -> names.put(name.getKey(), name.getValue()));
            return latest.stream().map(score -> new ScoredClient(new ClientRef(score.clientId(),
                    names.get(score.clientId())), score.value(), score.at())).toList();
        });
    }

    private record Score(long clientId, int value, Instant at) {
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
        // Due before the moment's day, already there, and not done or dropped by then.
        return jdbi.withHandle(handle -> new HashSet<>(handle.createQuery("""
                        SELECT DISTINCT client_id FROM follow_up
                        WHERE due_date < :day AND created_at < :start AND (completed_at IS NULL OR completed_at >= :start)""")
                .bind("day", moment.day())
                .bind("start", moment.start())
                .mapTo(Long.class).list()));
    }

    @Override
    public ClientHistory history(long clientId, Instant recentFrom) {
        return jdbi.withHandle(handle -> {
            Kept kept = handle.createQuery("""
                            SELECT customer_type, customer_type_by_user, last_satisfaction, last_satisfaction_at,
                                   last_contact_at, engagements
                            FROM client WHERE id = :id""")
                    .bind("id", clientId)
                    .map((row, context) -> {
                        Integer score = row.getObject("last_satisfaction", Integer.class);
                        return new Kept(CustomerType.valueOf(row.getString("customer_type")),
                                row.getBoolean("customer_type_by_user"),
                                score == null ? null : new LastScore(score, instant(row, "last_satisfaction_at")),
                                instant(row, "last_contact_at"), row.getInt("engagements"));
                    })
                    .findOne().orElseThrow(() -> new ClienteleException("error.clientGone"));
            // The start of the newest-first index (V011), turned round here: H2 would sort a long history.
            List<Contact> recent = new ArrayList<>(handle.createQuery("""
                            SELECT p.occurred_at, i.direction
                            FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id
                            WHERE p.client_id = :id AND p.occurred_at >= :from
                            ORDER BY p.client_id, p.occurred_at DESC, p.interaction_id DESC""")
                    .bind("id", clientId)
                    .bind("from", recentFrom)
                    .map((row, context) -> new Contact(instant(row, "occurred_at"),
                            Direction.valueOf(row.getString("direction"))))
                    .list());
            Collections.reverse(recent);
            boolean contactedBefore = handle.createQuery("""
                            SELECT interaction_id FROM interaction_participant
                            WHERE client_id = :id AND occurred_at < :from
                            ORDER BY client_id, occurred_at DESC, interaction_id DESC
                            FETCH FIRST 1 ROW ONLY""")
                    .bind("id", clientId)
                    .bind("from", recentFrom)
                    .mapTo(Long.class).findOne().isPresent();
            int openComplaints = handle.createQuery("""
                            SELECT COUNT(*) FROM follow_up f JOIN interaction i ON i.id = f.interaction_id
                            WHERE f.client_id = :id AND f.status = 'OPEN' AND i.satisfaction <= :unhappy""")
                    .bind("id", clientId)
                    .bind("unhappy", ScoreRange.AT_RISK.max())
                    .mapTo(Integer.class).one();
            return new ClientHistory(clientId, kept.type(), kept.byUser(), openComplaints, kept.lastScore(),
                    kept.lastContact(), kept.engagements(), recentFrom, recent, contactedBefore,
                    () -> contactTimes(clientId));
        });
    }

    /** Every contact's time, oldest first, from the participant index alone. */
    private List<Instant> contactTimes(long clientId) {
        List<Instant> times = new ArrayList<>(jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT occurred_at FROM interaction_participant WHERE client_id = :id
                        ORDER BY client_id, occurred_at DESC, interaction_id DESC""")
                .bind("id", clientId)
                .map((row, context) -> instant(row, "occurred_at"))
                .list()));
        Collections.reverse(times);
        return times;
    }

    /** What the client's row keeps of their history, and the type and who chose it. */
    private record Kept(CustomerType type, boolean byUser, LastScore lastScore, Instant lastContact, int engagements) {
    }

    /**
     * Consecutive periods as SQL: the index of each row's period (how many of the later periods'
     * starts it is at or after), and a range condition over all of them that an index can serve.
     */
    private static final class Buckets {
        private final Steps starts;
        private final Map<String, Object> binds = new HashMap<>();

        Buckets(List<Period> periods) {
            if (periods.isEmpty()) {
                throw new IllegalArgumentException("at least one period");
            }
            for (int i = 1; i < periods.size(); i++) {
                if (!periods.get(i).start().equals(periods.get(i - 1).end())) {
                    throw new IllegalArgumentException("periods must follow each other");
                }
            }
            starts = new Steps("period", periods.subList(1, periods.size()).stream().map(Period::start).toList());
            binds.putAll(starts.binds());
            binds.put("first_start", periods.get(0).start());
            binds.put("last_end", periods.get(periods.size() - 1).end());
        }

        String caseOf(String column) {
            return starts.countUpTo(column);
        }

        String within(String column) {
            return column + " >= :first_start AND " + column + " < :last_end";
        }

        Map<String, Object> binds() {
            return binds;
        }
    }

    /**
     * Ascending bound values and, as SQL, how many of them are at or before a column's value: a CASE
     * that halves the candidates at each step (four comparisons for twelve bounds, not twelve).
     */
    private static final class Steps {
        private final String name;
        private final List<?> bounds;

        Steps(String name, List<?> bounds) {
            this.name = name;
            this.bounds = List.copyOf(bounds);
        }

        String countUpTo(String column) {
            return countUpTo(column, 0, bounds.size());
        }

        /** The count, knowing it lies between {@code fewest} and {@code most}. */
        private String countUpTo(String column, int fewest, int most) {
            if (fewest == most) {
                return Integer.toString(fewest);
            }
            int middle = (fewest + most) / 2;
            return "CASE WHEN " + column + " < :" + name + "_" + middle + " THEN " + countUpTo(column, fewest, middle)
                    + " ELSE " + countUpTo(column, middle + 1, most) + " END";
        }

        Map<String, Object> binds() {
            Map<String, Object> binds = new HashMap<>();
            for (int i = 0; i < bounds.size(); i++) {
                binds.put(name + "_" + i, bounds.get(i));
            }
            return binds;
        }
    }
}
