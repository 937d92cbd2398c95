package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.InsightsRepository.ClientGroup;
import app.clientele.domain.InsightsRepository.ClientHistory;
import app.clientele.domain.InsightsRepository.Contact;
import app.clientele.domain.InsightsRepository.LastScore;
import app.clientele.domain.Interaction;
import app.clientele.domain.Relationship;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.Segment;
import app.clientele.testutil.TestDatabase.Engine;
import app.clientele.testutil.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the insights read: a client's history as the customer type rules read it (recent contacts in
 * full, the rest as kept figures), and the dashboard's client groups.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class InsightsReadTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant RECENT_FROM = NOW.minus(Duration.ofDays(90));
    private static final Instant DORMANT_BEFORE = NOW.minus(Duration.ofDays(30));

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiClientRepository clients;
    private JdbiInteractionRepository interactions;
    private JdbiInsightsRepository insights;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        interactions = new JdbiInteractionRepository(database.jdbi(), Clock.systemUTC());
        insights = new JdbiInsightsRepository(database.jdbi());
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void history_readsRecentContactsInFull_andOlderOnesAsKeptFigures() {
        ClientRef kim = client("Kim");
        ClientRef lee = client("Lee");
        Instant first = NOW.minus(Duration.ofDays(400));
        Instant second = NOW.minus(Duration.ofDays(395));
        Instant third = NOW.minus(Duration.ofDays(10));
        Instant fourth = NOW.minus(Duration.ofDays(5));
        contact(List.of(kim), first, Direction.OUTBOUND, 5);
        contact(List.of(kim, lee), second, Direction.INBOUND, 1);
        contact(List.of(kim), third, Direction.INBOUND, 4);
        contact(List.of(lee, kim), fourth, Direction.OUTBOUND, null);

        ClientHistory history = insights.history(kim.id(), RECENT_FROM);

        assertEquals(List.of(new Contact(third, Direction.INBOUND), new Contact(fourth, Direction.OUTBOUND)),
                history.recentContacts());
        assertTrue(history.contactedBefore());
        assertEquals(new LastScore(4, third), history.lastScore());
        assertEquals(fourth, history.lastContact());
        assertEquals(2, history.engagements());
        assertEquals(List.of(first, second, third, fourth), history.contactTimes().get());
    }

    @Test
    void history_ofAClientWithoutContacts_hasNone() {
        ClientRef kim = client("Kim");
        contact(List.of(client("Lee")), NOW.minus(Duration.ofDays(3)), Direction.INBOUND, 2);

        ClientHistory history = insights.history(kim.id(), RECENT_FROM);

        assertEquals(List.of(), history.recentContacts());
        assertFalse(history.contactedBefore());
        assertNull(history.lastScore());
        assertNull(history.lastContact());
        assertEquals(0, history.engagements());
        assertEquals(List.of(), history.contactTimes().get());
    }

    @Test
    void clientGroups_foldEveryRepeatCountIntoOneBucket_andSplitTheDormant() {
        contacts(client("Kim"), 800, 400, 10);
        contacts(client("Lee"), 400, 10);
        contacts(client("Park"), 100);
        contacts(client("Choi"), 90);
        client("Jung");

        List<ClientGroup> groups = insights.clientGroups(DORMANT_BEFORE, DORMANT_BEFORE);

        assertEquals(Set.of(group(RepeatBusiness.REPEAT, false, 2), group(RepeatBusiness.ONE_TIME, true, 2),
                group(RepeatBusiness.NONE, false, 1)), new HashSet<>(groups));
        assertEquals(3, groups.size());
    }

    private static ClientGroup group(RepeatBusiness repeat, boolean dormant, long count) {
        return new ClientGroup(Relationship.CLIENT, Segment.INDIVIDUAL, CustomerType.LOYAL, null, repeat, dormant,
                count);
    }

    private ClientRef client(String name) {
        return new ClientRef(clients.create(aClient().withName(name).withRelationship(Relationship.CLIENT)
                .withSegment(Segment.INDIVIDUAL).withCustomerType(CustomerType.LOYAL).build()).id(), name);
    }

    private void contact(List<ClientRef> participants, Instant at, Direction direction, Integer score) {
        interactions.create(new Interaction(null, 0, participants, at, Channel.PHONE_CALL, direction, "call", null,
                null, score, null, null, null));
    }

    private void contacts(ClientRef client, int... daysAgo) {
        for (int days : daysAgo) {
            contact(List.of(client), NOW.minus(Duration.ofDays(days)), Direction.OUTBOUND, null);
        }
    }
}
