package app.clientele.insights;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpStatus;
import app.clientele.domain.Interaction;
import app.clientele.domain.InsightsRepository.Moment;
import app.clientele.domain.InsightsRepository.ScoredClient;
import app.clientele.domain.KeepInTouchState;
import app.clientele.domain.Priority;
import app.clientele.domain.Relationship;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.ScoreRange;
import app.clientele.domain.Segment;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiFollowUpRepository;
import app.clientele.persistence.JdbiInsightsRepository;
import app.clientele.persistence.JdbiInteractionRepository;
import app.clientele.persistence.JdbiKeepInTouchRepository;
import app.clientele.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's figures on a small history worked out by hand, in Seoul (UTC+9), where several
 * moments fall on a different day or month than in UTC. Today is 15 March 2026. The tests only read,
 * so they share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @TempDir
    static Path folder;
    private Database database;
    private final MutableClock clock = MutableClock.at("2026-03-15T12:00", SEOUL);
    private JdbiClientRepository clients;
    private JdbiInteractionRepository interactions;
    private JdbiFollowUpRepository followUps;
    private Insights insights;
    private ClientRef ahn;
    private ClientRef baek;
    private ClientRef cho;
    private ClientRef doe;
    private ClientRef eom;

    @BeforeAll
    void history() {
        database = Database.open(folder);
        clients = new JdbiClientRepository(database.jdbi(), clock);
        interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        followUps = new JdbiFollowUpRepository(database.jdbi(), clock);
        insights = new Insights(new JdbiInsightsRepository(database.jdbi()));
        ahn = client("Ahn", Relationship.CLIENT, Segment.INDIVIDUAL, CustomerType.NEW, "2026-03-02T10:00", false);
        baek = client("Baek", Relationship.CLIENT, Segment.BUSINESS, CustomerType.LOYAL, "2024-06-10T10:00", false);
        cho = client("Cho", Relationship.CUSTOMER, Segment.INDIVIDUAL, CustomerType.IMPULSE, "2025-01-20T10:00", false);
        doe = client("Doe", Relationship.CUSTOMER, Segment.BUSINESS, CustomerType.UNHAPPY, "2025-11-05T10:00", false);
        // Added at 00:30 on 1 January in Seoul, which is still 31 December in UTC.
        eom = client("Eom", Relationship.CLIENT, Segment.INDIVIDUAL, CustomerType.PERSISTENT, "2026-01-01T00:30", false);
        client("Fox", Relationship.CLIENT, Segment.INDIVIDUAL, CustomerType.NEW, "2026-02-10T10:00", true);

        contact(baek, "2025-03-10T10:00", Channel.MEETING, Direction.OUTBOUND, 5);
        contact(baek, "2026-02-20T10:00", Channel.PHONE_CALL, Direction.INBOUND, 4);
        contact(cho, "2025-01-21T09:00", Channel.EMAIL, Direction.INBOUND, null);
        contact(cho, "2025-01-23T09:00", Channel.PHONE_CALL, Direction.OUTBOUND, 3);
        Interaction complaint = contact(doe, "2026-01-05T10:00", Channel.PHONE_CALL, Direction.INBOUND, 1);
        // 00:30 on 1 March in Seoul: still February in UTC.
        contact(doe, "2026-03-01T00:30", Channel.EMAIL, Direction.OUTBOUND, null);
        contact(eom, "2026-03-02T10:00", Channel.PHONE_CALL, Direction.INBOUND, null);
        contact(eom, "2026-03-05T10:00", Channel.PHONE_CALL, Direction.INBOUND, null);
        contact(eom, "2026-03-09T10:00", Channel.PHONE_CALL, Direction.INBOUND, 4);
        interactions.create(new Interaction(null, 0, List.of(ahn, baek), seoul("2026-03-10T15:00"), Channel.MEETING,
                Direction.OUTBOUND, "kick-off", null, null, 5, null, null, null));

        followUp(doe, complaint.id(), "2026-01-05T10:05", "2026-01-10", FollowUpStatus.OPEN, null);
        followUp(baek, null, "2026-02-01T09:00", "2026-02-25", FollowUpStatus.DONE, "2026-02-25T23:30");
        // Done at 00:30 the day after it was due in Seoul: late, though still the due day in UTC.
        followUp(cho, null, "2026-02-01T09:00", "2026-02-10", FollowUpStatus.DONE, "2026-02-11T00:30");
        followUp(eom, null, "2026-03-02T09:00", "2026-03-05", FollowUpStatus.DONE, "2026-03-04T16:00");
        followUp(ahn, null, "2026-03-10T09:00", "2026-03-20", FollowUpStatus.OPEN, null);
        followUp(baek, null, "2025-11-20T09:00", "2025-12-01", FollowUpStatus.CANCELLED, "2026-01-15T10:00");

        JdbiKeepInTouchRepository keepInTouch = new JdbiKeepInTouchRepository(database.jdbi());
        keepInTouch.setCadence(ahn.id(), 5);
        keepInTouch.setCadence(eom.id(), 0);
        clock.set("2026-03-15T12:00");
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void clientCounts_areOfActiveClientsByRelationshipSegmentAndType() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);

        assertEquals(5, dashboard.activeClients());
        assertEquals(Map.of(Relationship.CLIENT, 3L, Relationship.CUSTOMER, 2L), dashboard.byRelationship());
        assertEquals(Map.of(Segment.INDIVIDUAL, 3L, Segment.BUSINESS, 2L), dashboard.bySegment());
        assertEquals(Map.of(CustomerType.NEW, 1L, CustomerType.LOYAL, 1L, CustomerType.IMPULSE, 1L,
                CustomerType.UNHAPPY, 1L, CustomerType.PERSISTENT, 1L), dashboard.byCustomerType());
    }

    @Test
    void newClientsPerMonth_coverTwoYears_inTheUsersMonths() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);

        assertEquals(24, dashboard.added().size());
        assertEquals(YearMonth.of(2024, 4), dashboard.added().get(0).month().month());
        assertEquals(Map.of(YearMonth.of(2024, 6), 1L, YearMonth.of(2025, 1), 1L, YearMonth.of(2025, 11), 1L,
                YearMonth.of(2026, 1), 1L, YearMonth.of(2026, 3), 1L), nonZero(dashboard.added().stream()
                .collect(Collectors.toMap(added -> added.month().month(), Dashboard.MonthCount::count))));
    }

    @Test
    void interactionsPerMonth_countEachInteractionOnceByChannel() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);

        assertEquals(12, dashboard.interactions().size());
        assertEquals(YearMonth.of(2025, 4), dashboard.interactions().get(0).month().month());
        Dashboard.MonthChannels march = dashboard.interactions().get(11);
        assertEquals(Map.of(Channel.PHONE_CALL, 3L, Channel.EMAIL, 1L, Channel.MEETING, 1L), nonZero(march.byChannel()));
        assertEquals(Map.of(Channel.PHONE_CALL, 1L), nonZero(dashboard.interactions().get(10).byChannel()));
        assertEquals(Map.of(Channel.PHONE_CALL, 1L), nonZero(dashboard.interactions().get(9).byChannel()));
        assertEquals(7, dashboard.interactions().stream()
                        .flatMap(month -> month.byChannel().values().stream()).mapToLong(Long::longValue).sum(),
                "the two from 2025-01 and the meeting of 2025-03 are older than twelve months");
    }

    @Test
    void satisfaction_averagesEachMonthsScores_andCountsClientsByTheirLastScore() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);

        assertEquals(1.0, dashboard.satisfaction().get(9).average());
        assertEquals(4.0, dashboard.satisfaction().get(10).average());
        assertEquals(4.5, dashboard.satisfaction().get(11).average());
        assertEquals(2, dashboard.satisfaction().get(11).scores());
        assertNull(dashboard.satisfaction().get(8).average());
        assertEquals(Map.of(1, 1L, 2, 0L, 3, 1L, 4, 1L, 5, 2L), dashboard.byLastScore());
        assertEquals(1, dashboard.atRiskClients());
        assertEquals(List.of(new ScoredClient(doe, 1, seoul("2026-01-05T10:00"))), dashboard.atRisk());
    }

    @Test
    void followUps_areOnTimeWhenDoneByTheEndOfTheirDueDayInTheUsersZone() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);

        assertEquals(new Dashboard.MonthTimeliness(dashboard.followUps().get(10).month(), 1, 1),
                dashboard.followUps().get(10));
        assertEquals(1, dashboard.followUps().get(11).onTime());
        assertEquals(0, dashboard.followUps().get(11).late());
        assertEquals(3, dashboard.followUps().stream().mapToLong(month -> month.onTime() + month.late()).sum(),
                "the cancelled follow-up was not done");
    }

    @Test
    void overdueOverTime_isMeasuredAtEachMonthsEnd_andTodayForThisMonth() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);

        Map<LocalDate, Long> overdue = new LinkedHashMap<>();
        dashboard.overdue().forEach(point -> overdue.put(point.moment().day(), point.count()));
        assertEquals(LocalDate.of(2025, 5, 1), dashboard.overdue().get(0).moment().day());
        assertEquals(TODAY, dashboard.overdue().get(11).moment().day());
        assertEquals(0L, overdue.get(LocalDate.of(2025, 12, 1)), "due on 1 December is not overdue that morning");
        assertEquals(1L, overdue.get(LocalDate.of(2026, 1, 1)), "Baek's, cancelled only on 15 January");
        assertEquals(1L, overdue.get(LocalDate.of(2026, 2, 1)), "Doe's complaint, due 10 January");
        assertEquals(1L, overdue.get(LocalDate.of(2026, 3, 1)));
        assertEquals(1L, overdue.get(TODAY));
        assertEquals(4, dashboard.overdue().stream().mapToLong(Dashboard.MomentCount::count).sum());
    }

    @Test
    void retention_followsEachClientsCadence_andCountsRepeatClients() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);

        // Ahn's own cadence of 5 days has run out; Cho (a customer) was last contacted 416 days ago;
        // Eom is never reminded.
        assertEquals(Map.of(KeepInTouchState.ACTIVE, 2L, KeepInTouchState.DORMANT, 2L,
                KeepInTouchState.NOT_TRACKED, 1L), dashboard.keepInTouch());
        // Baek came back after a year and Doe after 55 days; the others had one engagement each.
        assertEquals(Map.of(RepeatBusiness.NONE, 0L, RepeatBusiness.ONE_TIME, 3L, RepeatBusiness.REPEAT, 2L),
                dashboard.repeat());
    }

    @Test
    void everySliceOpensItsClients_andTheFilterFindsAsManyAsTheChartCounts() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);

        assertEquals(Set.of(ahn, baek, eom), members(Insights.withRelationship(Relationship.CLIENT)));
        assertEquals(Set.of(baek, doe), members(Insights.withSegment(Segment.BUSINESS)));
        assertEquals(Set.of(cho), members(Insights.withCustomerType(CustomerType.IMPULSE)));
        assertEquals(Set.of(eom), members(Insights.addedIn(YearMonth.of(2026, 1))));
        assertEquals(Set.of(), members(Insights.addedIn(YearMonth.of(2025, 12))));
        assertEquals(Set.of(ahn, baek), members(Insights.withLastScore(ScoreRange.of(5))));
        assertEquals(Set.of(doe), members(Insights.withLastScore(ScoreRange.AT_RISK)));
        assertEquals(Set.of(ahn, cho), members(Insights.inState(KeepInTouchState.DORMANT)));
        assertEquals(Set.of(eom), members(Insights.inState(KeepInTouchState.NOT_TRACKED)));
        assertEquals(Set.of(baek, doe), members(Insights.withRepeat(RepeatBusiness.REPEAT)));
        for (KeepInTouchState state : KeepInTouchState.values()) {
            assertEquals(dashboard.keepInTouch().get(state), (long) members(Insights.inState(state)).size());
        }
        for (RepeatBusiness repeat : RepeatBusiness.values()) {
            assertEquals(dashboard.repeat().get(repeat), (long) members(Insights.withRepeat(repeat)).size());
        }
        for (int score = 1; score <= 5; score++) {
            assertEquals(dashboard.byLastScore().get(score),
                    (long) members(Insights.withLastScore(ScoreRange.of(score))).size());
        }
    }

    @Test
    void barsOfActivity_openTheClientsBehindThem() {
        Dashboard dashboard = insights.dashboard(TODAY, SEOUL);
        Month february = dashboard.interactions().get(10).month();
        Month march = dashboard.interactions().get(11).month();

        assertEquals(Set.of(eom), members(insights.contactedIn(march, Channel.PHONE_CALL)));
        assertEquals(Set.of(ahn, baek, doe, eom), members(insights.contactedIn(march, null)));
        assertEquals(Set.of(baek), members(insights.contactedIn(february, Channel.PHONE_CALL)));
        assertEquals(Set.of(ahn, baek, eom), members(insights.scoredIn(march)));
        assertEquals(Set.of(cho), members(insights.followUpsDoneIn(february, false, SEOUL)));
        assertEquals(Set.of(baek), members(insights.followUpsDoneIn(february, true, SEOUL)));
        assertEquals(Set.of(baek), members(insights.overdueAt(Moment.startOf(LocalDate.of(2026, 1, 1), SEOUL))));
        assertEquals(Set.of(doe), members(insights.overdueAt(Moment.startOf(TODAY, SEOUL))));
    }

    private Set<ClientRef> members(ClientFilter filter) {
        List<ClientSummary> summaries = clients.summaries();
        return filter.matchingIds(summaries, clock).stream()
                .map(id -> summaries.stream().filter(summary -> summary.id() == id).findFirst().orElseThrow())
                .map(summary -> new ClientRef(summary.id(), summary.displayName()))
                .collect(Collectors.toSet());
    }

    private static <K> Map<K, Long> nonZero(Map<K, Long> counts) {
        return counts.entrySet().stream().filter(entry -> entry.getValue() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private ClientRef client(String name, Relationship relationship, Segment segment, CustomerType type,
                             String added, boolean archived) {
        clock.set(added);
        var builder = aClient().withName(name).withRelationship(relationship).withSegment(segment)
                .withCustomerType(type);
        long id = clients.create((archived ? builder.archived() : builder).build()).id();
        return new ClientRef(id, name);
    }

    private Interaction contact(ClientRef client, String when, Channel channel, Direction direction,
                                Integer satisfaction) {
        return interactions.create(new Interaction(null, 0, List.of(client), seoul(when), channel, direction,
                "contact", null, null, satisfaction, null, null, null));
    }

    private void followUp(ClientRef client, Long interactionId, String created, String due, FollowUpStatus status,
                          String closed) {
        clock.set(created);
        FollowUp open = followUps.create(FollowUp.open(client, interactionId, "follow up", LocalDate.parse(due), null,
                Priority.NORMAL));
        if (status == FollowUpStatus.DONE) {
            followUps.update(open.done(seoul(closed)));
        } else if (status == FollowUpStatus.CANCELLED) {
            followUps.update(open.cancelled(seoul(closed)));
        }
    }

    private static Instant seoul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }
}
