package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.Connections;
import app.clientele.domain.MemberRole;
import app.clientele.domain.Membership;
import app.clientele.domain.Relation;
import app.clientele.domain.RelationRole;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbiConnectionRepositoryTest {
    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiClientRepository clients;
    private JdbiConnectionRepository connections;
    private long acme;
    private long kim;
    private long lee;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        connections = new JdbiConnectionRepository(database.jdbi());
        acme = clients.create(aClient().withName("Acme Ltd").organisation().build()).id();
        kim = clients.create(aClient().withName("김민수").build()).id();
        lee = clients.create(aClient().withName("이서연").build()).id();
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void aPersonLinkedToAnOrganisation_isListedOnBothSides_andUnlinkedFromEither() {
        connections.link(acme, kim, MemberRole.OWNER);
        connections.link(acme, lee, MemberRole.EMPLOYEE);

        assertEquals(List.of("김민수 OWNER", "이서연 EMPLOYEE"), members(connections.of(acme), acme));
        assertEquals(List.of("Acme Ltd OWNER"), members(connections.of(kim), kim));

        connections.link(acme, kim, MemberRole.ASSISTANT);
        assertEquals(List.of("Acme Ltd ASSISTANT"), members(connections.of(kim), kim), "linking again changes the role");

        connections.unlink(acme, lee);
        assertEquals(List.of("김민수 ASSISTANT"), members(connections.of(acme), acme));
        assertEquals(List.of(), members(connections.of(lee), lee));
    }

    @Test
    void membership_needsAnOrganisationAndAPerson() {
        assertThrows(ClienteleException.class, () -> connections.link(kim, lee, MemberRole.EMPLOYEE));
        assertThrows(ClienteleException.class, () -> connections.link(acme, acme, MemberRole.OWNER));
    }

    @Test
    void aRelation_showsItsInverseRoleOnTheOtherSide_andIsRemovedFromEither() {
        long junho = clients.create(aClient().withName("김준호").build()).id();
        connections.relate(kim, lee, RelationRole.SPOUSE);
        connections.relate(junho, kim, RelationRole.PARENT);
        connections.relate(lee, kim, RelationRole.ASSISTANT_TO);

        assertEquals(List.of("이서연 SPOUSE", "김준호 CHILD", "이서연 ASSISTANT"), relations(connections.of(kim)));
        assertEquals(List.of("김민수 SPOUSE", "김민수 ASSISTANT_TO"), relations(connections.of(lee)));
        assertEquals(List.of("김민수 PARENT"), relations(connections.of(junho)));

        connections.relate(lee, kim, RelationRole.SPOUSE);
        assertEquals(2, relations(connections.of(lee)).size(), "a relation recorded again from the other side is not doubled");

        connections.unrelate(kim, junho, RelationRole.CHILD);
        connections.unrelate(lee, kim, RelationRole.SPOUSE);
        assertEquals(List.of("이서연 ASSISTANT"), relations(connections.of(kim)));
        assertEquals(List.of(), relations(connections.of(junho)));
    }

    @Test
    void aClientRelatedToItself_orAnOrganisationAsASpouse_isRefused() {
        assertThrows(ClienteleException.class, () -> connections.relate(kim, kim, RelationRole.SIBLING));
        assertThrows(ClienteleException.class, () -> connections.relate(kim, acme, RelationRole.SPOUSE));

        connections.relate(kim, acme, RelationRole.REFERRED_BY);
        assertEquals(List.of("Acme Ltd REFERRED_BY"), relations(connections.of(kim)), "an organisation may refer people");
    }

    @Test
    void referrals_areCountedForTheReferrer_inItsConnectionsAndInTheList() {
        long park = clients.create(aClient().withName("박지훈").build()).id();
        connections.relate(kim, lee, RelationRole.REFERRED);
        connections.relate(park, kim, RelationRole.REFERRED_BY);
        connections.relate(kim, acme, RelationRole.REFERRED_BY);

        assertEquals(2, connections.of(kim).referrals());
        assertEquals(1, connections.of(acme).referrals());
        assertEquals(0, connections.of(lee).referrals());
        assertEquals(2, summary(kim).referrals());
        assertEquals(1, clients.summary(acme).orElseThrow().referrals());
    }

    @Test
    void peopleOfOrganisations_areEachListedOnce_withoutArchivedOnes() {
        long globex = clients.create(aClient().withName("Globex").organisation().build()).id();
        long gone = clients.create(aClient().withName("Archie").archived().build()).id();
        connections.link(acme, kim, MemberRole.OWNER);
        connections.link(globex, kim, MemberRole.CONTACT);
        connections.link(globex, lee, MemberRole.EMPLOYEE);
        connections.link(globex, gone, MemberRole.EMPLOYEE);

        assertEquals(List.of(new ClientRef(kim, "김민수"), new ClientRef(lee, "이서연")),
                connections.peopleOf(List.of(acme, globex, kim)));
        assertEquals(List.of(), connections.peopleOf(List.of()));
    }

    @Test
    void deletingAClient_removesTheirLinks() {
        connections.link(acme, kim, MemberRole.OWNER);
        connections.relate(kim, lee, RelationRole.SPOUSE);

        clients.delete(kim);

        assertEquals(List.of(), members(connections.of(acme), acme));
        assertEquals(List.of(), relations(connections.of(lee)));
    }

    private ClientSummary summary(long id) {
        return clients.summaries().stream().filter(summary -> summary.id() == id).findFirst().orElseThrow();
    }

    private static List<String> members(Connections connections, long clientId) {
        return connections.memberships().stream()
                .map((Membership membership) -> membership.other(clientId).displayName() + " " + membership.role())
                .toList();
    }

    private static List<String> relations(Connections connections) {
        return connections.relations().stream()
                .map((Relation relation) -> relation.other().displayName() + " " + relation.role()).toList();
    }
}
