package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.InsightsRepository.ClientGroup;
import app.clientele.domain.Interaction;
import app.clientele.domain.Relationship;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.Segment;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
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

/** The dashboard's client groups: one per bucket (two or more engagements are repeat business), dormant apart. */
@ParameterizedClass
@EnumSource(Engine.class)
class ClientGroupsReadTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant DORMANT_BEFORE = NOW.minus(Duration.ofDays(30));

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private JdbiClientRepository clients;
    private JdbiInteractionRepository interactions;
    private JdbiInsightsRepository insights;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        Database database = testDatabase.open();
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

    private void contacts(ClientRef client, int... daysAgo) {
        for (int days : daysAgo) {
            interactions.create(new Interaction(null, 0, List.of(client), NOW.minus(Duration.ofDays(days)),
                    Channel.PHONE_CALL, Direction.OUTBOUND, "call", null, null, null, null, null, null));
        }
    }
}
