package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.Direction;
import app.clientele.domain.FollowUp;
import app.clientele.domain.Interaction;
import app.clientele.domain.InteractionQuery;
import app.clientele.domain.InteractionQuery.Sort;
import app.clientele.domain.Priority;
import app.clientele.domain.StaleDataException;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbiInteractionRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiClientRepository clients;
    private JdbiInteractionRepository interactions;
    private JdbiFollowUpRepository followUps;
    private ClientRef kim;
    private ClientRef lee;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        clients = new JdbiClientRepository(database.jdbi(), clock);
        interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        followUps = new JdbiFollowUpRepository(database.jdbi(), clock);
        kim = client("김민수");
        lee = client("Lee Jiwoo");
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void create_thenFind_returnsEveryFieldWithParticipantsInOrder() {
        Interaction meeting = new Interaction(null, 0, List.of(lee, kim), NOW.minus(Duration.ofHours(3)),
                Channel.MEETING, Direction.INBOUND, "연말정산 상담", "Brought the 2025 receipts", "Files by Friday",
                4, "만족하셨음", null, null);

        Interaction created = interactions.create(meeting);

        Interaction found = interactions.find(created.id()).orElseThrow();
        assertEquals(created, found);
        assertEquals(List.of(lee, kim), found.participants());
        assertEquals(4, found.satisfaction());
        assertEquals(NOW, found.createdAt());
    }

    @Test
    void timeline_pagesNewestFirst_andSharedInteractionsAppearForEachParticipant() {
        for (int day = 1; day <= 5; day++) {
            interactions.create(Interaction.with(kim, NOW.minus(Duration.ofDays(day)), Channel.PHONE_CALL,
                    Direction.OUTBOUND, "call " + day));
        }
        Interaction shared = interactions.create(new Interaction(null, 0, List.of(kim, lee), NOW, Channel.MEETING,
                Direction.OUTBOUND, "together", null, null, null, null, null, null));

        assertEquals(List.of("together", "call 1", "call 2"), subjects(interactions.timeline(kim.id(), 0, 3)));
        assertEquals(List.of("call 3", "call 4", "call 5"), subjects(interactions.timeline(kim.id(), 3, 3)));
        assertEquals(List.of(), interactions.timeline(kim.id(), 6, 3));
        assertEquals(List.of(shared), interactions.timeline(lee.id(), 0, 10));
        assertEquals(6, interactions.countFor(kim.id()));
        assertEquals(1, interactions.countFor(lee.id()));
    }

    @Test
    void timeline_ofInteractionsAtTheSameMoment_pagesTheLatestLoggedFirst_withoutRepeatsOrGaps() {
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            logged.add(interactions.create(Interaction.with(kim, NOW, Channel.EMAIL, Direction.OUTBOUND,
                    "mail " + i)).subject());
        }
        interactions.create(Interaction.with(kim, NOW.minus(Duration.ofHours(1)), Channel.EMAIL, Direction.INBOUND,
                "earlier"));

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 8; offset += 3) {
            paged.addAll(subjects(interactions.timeline(kim.id(), offset, 3)));
        }

        List<String> expected = new ArrayList<>(logged);
        Collections.reverse(expected);
        expected.add("earlier");
        assertEquals(expected, paged);
    }

    @Test
    void summaries_carryTheLatestInteractionAsLastContact_andFollowAnEditedTime() {
        Interaction older = interactions.create(Interaction.with(kim, NOW.minus(Duration.ofDays(30)), Channel.EMAIL,
                Direction.INBOUND, "older"));
        interactions.create(Interaction.with(kim, NOW.minus(Duration.ofDays(3)), Channel.EMAIL, Direction.INBOUND,
                "newer"));

        assertEquals(NOW.minus(Duration.ofDays(3)), summary(kim).lastContact());
        assertNull(summary(lee).lastContact());

        Interaction moved = new Interaction(older.id(), older.version(), List.of(kim, lee), NOW, older.channel(),
                older.direction(), older.subject(), null, null, null, null, older.createdAt(), older.updatedAt());
        interactions.update(moved);

        assertEquals(NOW, summary(kim).lastContact());
        assertEquals(NOW, summary(lee).lastContact());
        assertEquals(NOW, clients.summary(lee.id()).orElseThrow().lastContact());
    }

    @Test
    void interactionsAndFollowUps_recordWhoLoggedThemAndWhoChangedThemLast() {
        database.setActingUser("Anna");
        Interaction logged = interactions.create(Interaction.with(kim, NOW, Channel.PHONE_CALL, Direction.OUTBOUND,
                "Renewal"));
        FollowUp task = followUps.create(FollowUp.open(kim, logged.id(), "Send the form", LocalDate.of(2026, 3, 12),
                null, null));
        database.setActingUser("김지현");
        Interaction edited = interactions.update(new Interaction(logged.id(), logged.version(), logged.participants(),
                logged.occurredAt(), logged.channel(), logged.direction(), "Renewal (edited)", null, null, null, null,
                logged.createdAt(), logged.updatedAt()));
        FollowUp done = followUps.update(task.done(NOW));

        Interaction stored = interactions.find(logged.id()).orElseThrow();
        assertEquals(List.of("Anna", "Anna"), List.of(logged.createdBy(), logged.updatedBy()));
        assertEquals(List.of("Anna", "김지현"), List.of(stored.createdBy(), stored.updatedBy()));
        assertEquals(edited, stored);
        assertEquals(List.of("Anna", "김지현"), List.of(done.createdBy(), done.updatedBy()));
        assertEquals(done, followUps.find(task.id()).orElseThrow());
        assertEquals(stored, interactions.timeline(kim.id(), 0, 10).get(0));
    }

    @Test
    void update_fromStaleVersion_isRefusedAndChangesNothing() {
        Interaction created = interactions.create(Interaction.with(kim, NOW, Channel.EMAIL, Direction.INBOUND, "first"));
        interactions.update(created);

        assertThrows(StaleDataException.class, () -> interactions.update(created));
        assertEquals(1, interactions.find(created.id()).orElseThrow().version());
    }

    @Test
    void search_filtersByDateRangeChannelClientAndText_andCountsPerChannel() {
        interactions.create(Interaction.with(kim, Instant.parse("2026-03-01T10:00:00Z"), Channel.PHONE_CALL,
                Direction.OUTBOUND, "Tax return 100% done"));
        interactions.create(Interaction.with(kim, Instant.parse("2026-03-05T10:00:00Z"), Channel.EMAIL,
                Direction.INBOUND, "Invoice question"));
        interactions.create(Interaction.with(lee, Instant.parse("2026-03-06T10:00:00Z"), Channel.PHONE_CALL,
                Direction.INBOUND, "Tax advice"));
        interactions.create(Interaction.with(lee, Instant.parse("2026-02-01T10:00:00Z"), Channel.LETTER,
                Direction.OUTBOUND, "New year card"));

        InteractionQuery march = new InteractionQuery(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"), null, null, null, Sort.DATE, false);
        assertEquals(List.of("Tax advice", "Invoice question", "Tax return 100% done"),
                subjects(interactions.search(march, 0, 10)));
        assertEquals(3, interactions.count(march));
        assertEquals(Map.of(Channel.PHONE_CALL, 2L, Channel.EMAIL, 1L), interactions.countByChannel(march));

        InteractionQuery calls = march.withChannel(Channel.PHONE_CALL);
        assertEquals(2, interactions.count(calls));
        assertEquals(Map.of(Channel.PHONE_CALL, 2L, Channel.EMAIL, 1L), interactions.countByChannel(calls),
                "the per-channel counts ignore the chosen channel");

        assertEquals(List.of("Tax return 100% done"), subjects(interactions.search(
                new InteractionQuery(null, null, null, "민수", "TAX", Sort.DATE, false), 0, 10)));
        assertEquals(List.of("Tax return 100% done"), subjects(interactions.search(
                new InteractionQuery(null, null, null, null, "100%", Sort.DATE, false), 0, 10)));
        assertEquals(0, interactions.count(new InteractionQuery(null, null, null, null, "0%d", Sort.DATE, false)),
                "% in the search text is a literal character, not a wildcard");
        assertEquals(0, interactions.count(new InteractionQuery(null, null, null, "'; DROP TABLE client; --", null,
                Sort.DATE, false)));
    }

    @Test
    void search_sortsByTheChosenColumn_withBlanksLast_andPages() {
        IntStream.rangeClosed(1, 5).forEach(score -> interactions.create(new Interaction(null, 0, List.of(kim),
                NOW.minus(Duration.ofHours(score)), Channel.MEETING, Direction.OUTBOUND, "meeting " + score,
                null, null, score == 3 ? null : score, null, null, null)));

        InteractionQuery bySatisfaction = new InteractionQuery(null, null, null, null, null, Sort.SATISFACTION, true);
        assertEquals(List.of("meeting 1", "meeting 2", "meeting 4", "meeting 5", "meeting 3"),
                subjects(interactions.search(bySatisfaction, 0, 10)));
        InteractionQuery bestFirst = new InteractionQuery(null, null, null, null, null, Sort.SATISFACTION, false);
        assertEquals(List.of("meeting 5", "meeting 4"), subjects(interactions.search(bestFirst, 0, 2)));
        assertEquals(List.of("meeting 2", "meeting 1", "meeting 3"), subjects(interactions.search(bestFirst, 2, 10)));
    }

    @Test
    void deleteInteraction_keepsItsFollowUpsButUnlinksThem() {
        Interaction call = interactions.create(Interaction.with(kim, NOW, Channel.PHONE_CALL, Direction.OUTBOUND, "call"));
        FollowUp followUp = followUps.create(FollowUp.open(kim, call.id(), "Send the form", LocalDate.of(2026, 3, 11),
                null, Priority.NORMAL));

        interactions.delete(call.id());

        assertTrue(interactions.find(call.id()).isEmpty());
        assertNull(followUps.find(followUp.id()).orElseThrow().interactionId());
        assertNull(summary(kim).lastContact());
    }

    @Test
    void deleteClient_deletesTheirOwnHistory_butSharedInteractionsStayWithTheOthers() {
        Interaction alone = interactions.create(Interaction.with(kim, NOW, Channel.PHONE_CALL, Direction.OUTBOUND, "alone"));
        Interaction shared = interactions.create(new Interaction(null, 0, List.of(kim, lee), NOW, Channel.MEETING,
                Direction.OUTBOUND, "shared", null, null, null, null, null, null));
        followUps.create(FollowUp.open(kim, alone.id(), "Kim's task", LocalDate.of(2026, 3, 11), null, null));

        clients.delete(kim.id());

        assertTrue(interactions.find(alone.id()).isEmpty());
        assertEquals(List.of(lee), interactions.find(shared.id()).orElseThrow().participants());
        assertTrue(followUps.forClient(kim.id(), 10).isEmpty());
        assertEquals(1, interactions.count(InteractionQuery.NEWEST_FIRST));
    }

    @Test
    void history_survivesClosingAndReopeningTheFile() {
        Interaction created = interactions.create(Interaction.with(kim, NOW, Channel.VISIT, Direction.OUTBOUND, "visit"));
        database.close();

        database = testDatabase.open();
        interactions = new JdbiInteractionRepository(database.jdbi(), Clock.systemUTC());

        assertEquals(created, interactions.find(created.id()).orElseThrow());
    }

    private ClientRef client(String name) {
        long id = clients.create(aClient().withName(name).build()).id();
        return new ClientRef(id, name);
    }

    private ClientSummary summary(ClientRef client) {
        return clients.summaries().stream().filter(summary -> summary.id() == client.id()).findFirst().orElseThrow();
    }

    private static List<String> subjects(List<Interaction> list) {
        return list.stream().map(Interaction::subject).toList();
    }
}
