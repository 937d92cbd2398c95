package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.clientele.domain.ClientRef;
import app.clientele.domain.DueGroup;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpStatus;
import app.clientele.domain.Priority;
import app.clientele.domain.StaleDataException;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbiFollowUpRepositoryTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiClientRepository clients;
    private JdbiFollowUpRepository followUps;
    private ClientRef kim;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC);
        clients = new JdbiClientRepository(database.jdbi(), clock);
        followUps = new JdbiFollowUpRepository(database.jdbi(), clock);
        kim = client("김민수");
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void create_thenFind_keepsTheCalendarDayTimeAndPriority() {
        FollowUp created = followUps.create(FollowUp.open(kim, null, "Call about the 연말정산", MARCH_10,
                LocalTime.of(14, 30), Priority.HIGH));

        FollowUp found = followUps.find(created.id()).orElseThrow();

        assertEquals(created, found);
        assertEquals(MARCH_10, found.dueDate());
        assertEquals(LocalTime.of(14, 30), found.dueTime());
        assertEquals(FollowUpStatus.OPEN, found.status());
        assertEquals(kim, found.client());
    }

    @Test
    void dueToday_becomesOverdueAtMidnightInTheUsersZone() {
        followUps.create(FollowUp.open(kim, null, "Send the contract", MARCH_10, null, Priority.NORMAL));

        assertEquals(Map.of("Send the contract", DueGroup.TODAY), agenda(seoulAt("2026-03-10T23:59:59")));
        assertEquals(Map.of("Send the contract", DueGroup.OVERDUE), agenda(seoulAt("2026-03-11T00:00:00")));
        assertEquals(Map.of(), agenda(seoulAt("2026-03-02T23:59:59")), "eight days ahead is beyond the Today page");
        assertEquals(Map.of("Send the contract", DueGroup.UPCOMING), agenda(seoulAt("2026-03-03T00:00:00")));
    }

    @Test
    void theSameInstant_isTodayInLondonButOverdueInSeoul() {
        followUps.create(FollowUp.open(kim, null, "Send the contract", MARCH_10, LocalTime.of(9, 0), null));
        Instant instant = Instant.parse("2026-03-10T15:30:00Z");

        assertEquals(Map.of("Send the contract", DueGroup.TODAY), agenda(Clock.fixed(instant, LONDON)));
        assertEquals(Map.of("Send the contract", DueGroup.OVERDUE), agenda(Clock.fixed(instant, SEOUL)));
    }

    @Test
    void openDueBy_listsOnlyOpenItemsOfActiveClients_inAgendaOrder() {
        ClientRef archived = new ClientRef(clients.create(aClient().withName("Gone").archived().build()).id(), "Gone");
        followUps.create(FollowUp.open(kim, null, "timed", MARCH_10, LocalTime.of(9, 0), Priority.HIGH));
        followUps.create(FollowUp.open(kim, null, "all day, low", MARCH_10, null, Priority.LOW));
        followUps.create(FollowUp.open(kim, null, "all day, high", MARCH_10, null, Priority.HIGH));
        followUps.create(FollowUp.open(kim, null, "yesterday", MARCH_10.minusDays(1), LocalTime.of(23, 0), null));
        followUps.create(FollowUp.open(archived, null, "archived client", MARCH_10, null, null));
        FollowUp done = followUps.create(FollowUp.open(kim, null, "done already", MARCH_10, null, null));
        followUps.update(done.done(Instant.parse("2026-03-10T01:00:00Z")));

        assertEquals(List.of("yesterday", "all day, high", "all day, low", "timed"),
                followUps.openDueBy(MARCH_10).stream().map(FollowUp::title).toList());
    }

    @Test
    void doneSnoozedAndReopened_areStoredWithTheirVersions_andAStaleChangeIsRefused() {
        FollowUp created = followUps.create(FollowUp.open(kim, null, "Call back", MARCH_10, null, null));

        FollowUp done = followUps.update(created.done(Instant.parse("2026-03-10T08:00:00Z")));
        assertEquals(FollowUpStatus.DONE, followUps.find(created.id()).orElseThrow().status());
        assertEquals(Instant.parse("2026-03-10T08:00:00Z"), followUps.find(created.id()).orElseThrow().completedAt());

        FollowUp reopened = followUps.update(done.reopened().snoozedTo(MARCH_10.plusDays(7)));
        FollowUp stored = followUps.find(created.id()).orElseThrow();
        assertEquals(reopened, stored);
        assertEquals(FollowUpStatus.OPEN, stored.status());
        assertEquals(MARCH_10.plusDays(7), stored.dueDate());
        assertEquals(2, stored.version());

        assertThrows(StaleDataException.class, () -> followUps.update(created.snoozedTo(MARCH_10)));
    }

    @Test
    void forClient_listsOpenOnesFirst_thenTheLatestClosedOnes() {
        FollowUp later = followUps.create(FollowUp.open(kim, null, "later", MARCH_10.plusDays(3), null, null));
        followUps.create(FollowUp.open(kim, null, "sooner", MARCH_10, null, null));
        for (int hour = 1; hour <= 3; hour++) {
            FollowUp closed = followUps.create(FollowUp.open(kim, null, "closed " + hour, MARCH_10, null, null));
            followUps.update(closed.done(Instant.parse("2026-03-10T0" + hour + ":00:00Z")));
        }

        assertEquals(List.of("sooner", "later", "closed 3", "closed 2"),
                followUps.forClient(kim.id(), 2).stream().map(FollowUp::title).toList());
        followUps.delete(later.id());
        assertEquals(List.of("sooner"), followUps.forClient(kim.id(), 0).stream().map(FollowUp::title).toList());
    }

    /** What the Today page would show at that moment: each open follow-up's group. */
    private Map<String, DueGroup> agenda(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return followUps.openDueBy(today.plusDays(DueGroup.UPCOMING_DAYS)).stream()
                .collect(Collectors.toMap(FollowUp::title, followUp -> followUp.dueGroup(today)));
    }

    private static Clock seoulAt(String localDateTime) {
        return Clock.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant(), SEOUL);
    }

    private ClientRef client(String name) {
        return new ClientRef(clients.create(aClient().withName(name).build()).id(), name);
    }
}
