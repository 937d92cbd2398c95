package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.Direction;
import app.clientele.domain.InsightsRepository.ClientHistory;
import app.clientele.domain.InsightsRepository.Contact;
import app.clientele.domain.InsightsRepository.LastScore;
import app.clientele.domain.Interaction;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A client's history as the customer type rules read it: recent contacts in full, the rest as kept figures. */
@ParameterizedClass
@EnumSource(Engine.class)
class ClientHistoryReadTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant RECENT_FROM = NOW.minus(Duration.ofDays(90));

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

    private ClientRef client(String name) {
        return new ClientRef(clients.create(aClient().withName(name).build()).id(), name);
    }

    private void contact(List<ClientRef> participants, Instant at, Direction direction, Integer score) {
        interactions.create(new Interaction(null, 0, participants, at, Channel.PHONE_CALL, direction, "call", null,
                null, score, null, null, null));
    }
}
