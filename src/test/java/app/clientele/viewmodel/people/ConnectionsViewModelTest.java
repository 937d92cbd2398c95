package app.clientele.viewmodel.people;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientName;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.MemberRole;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.RelationRole;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiConnectionRepository;
import app.clientele.persistence.JdbiHouseholdRepository;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.people.ConnectionsViewModel.Target;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsViewModelTest {
    @TempDir
    Path folder;
    private Database database;
    private JdbiClientRepository clients;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Collection<Long>> changed = new ArrayList<>();
    private ConnectionsViewModel connections;
    private ConnectionsViewModel otherWindow;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        clients.create(aClient().withName("Acme Ltd").organisation().build());
        clients.create(person("김민수", new PostalAddress("세종대로 110", null, "중구", "서울특별시", "04524", "대한민국")));
        clients.create(person("이서연", PostalAddress.EMPTY));
        clients.create(person("김준호", PostalAddress.EMPTY));
        connections = connections();
        otherWindow = connections();
    }

    private ConnectionsViewModel connections() {
        return new ConnectionsViewModel(new JdbiConnectionRepository(database.jdbi()),
                new JdbiHouseholdRepository(database.jdbi(), Clock.systemUTC()), new SameThreadTaskRunner(), dialogs,
                new Texts(Locale.ENGLISH), clients::summaries, changed::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void linkingFromThePersonsTab_showsThePersonOnTheOrganisationsTab() {
        connections.open(row("김민수"));
        assertEquals(List.of(ref("Acme Ltd")), connections.suggestions("ac", Target.MEMBERSHIP), "organisations only");
        assertEquals(List.of(), connections.suggestions("이서연", Target.MEMBERSHIP), "a person has no people");

        connections.memberRoleProperty().set(MemberRole.OWNER);
        connections.link(ref("Acme Ltd"));
        otherWindow.open(row("Acme Ltd"));

        assertEquals(List.of("Acme Ltd"), others(connections));
        assertEquals(List.of("김민수"), others(otherWindow));
        assertEquals("Owner", otherWindow.roleText(otherWindow.memberships().get(0)));
        assertEquals(List.of(ref("이서연")), otherWindow.suggestions("이서", Target.MEMBERSHIP));

        otherWindow.unlink(otherWindow.memberships().get(0));
        connections.open(row("김민수"));
        assertEquals(List.of(), others(connections));
    }

    @Test
    void aRelation_showsTheInverseRoleOnTheOtherTab_andReferralsRefreshBothRows() {
        connections.open(row("김민수"));
        connections.relationRoleProperty().set(RelationRole.CHILD);
        connections.relate(ref("김준호"));
        connections.relationRoleProperty().set(RelationRole.REFERRED);
        connections.relate(ref("이서연"));

        assertEquals(List.of("Child", "Referred"), connections.relations().stream().map(connections::roleText).toList());
        assertEquals("Referred 1 client", connections.referralsTextProperty().get());
        assertEquals(List.of(List.of(row("김민수").id(), row("이서연").id())), changed.subList(1, 2));
        otherWindow.open(row("김준호"));
        assertEquals("Parent", otherWindow.roleText(otherWindow.relations().get(0)));
        assertEquals("Has not referred anyone yet", otherWindow.referralsTextProperty().get());

        connections.relationRoleProperty().set(RelationRole.SPOUSE);
        assertEquals(List.of(), connections.suggestions("Acme", Target.RELATION), "a spouse is a person");
        connections.relate(ref("Acme Ltd"));
        assertEquals(List.of("Family and work relationships link people; an organisation can only refer or be referred."),
                dialogs.errors());
    }

    @Test
    void aHousehold_isStartedGrownNamedAndLeft() {
        connections.open(row("김민수"));
        assertNull(connections.householdProperty().get());

        connections.startHousehold();
        connections.addToHousehold(ref("이서연"));
        assertEquals("김민수·이서연 님", connections.householdProperty().get().addressedAs());
        assertEquals("04524\n서울특별시 중구 세종대로 110", connections.householdAddressProperty().get());
        assertEquals(List.of(ref("김준호")), connections.suggestions("김", Target.HOUSEHOLD), "members are not offered again");

        connections.householdNameProperty().set("김민수 님 가족");
        connections.renameHousehold();
        otherWindow.open(row("이서연"));
        assertEquals("김민수 님 가족", otherWindow.householdProperty().get().addressedAs());

        otherWindow.makeMain(otherWindow.householdMembers().get(1));
        assertTrue(otherWindow.householdProperty().get().isMain(row("이서연").id()));
        otherWindow.removeFromHousehold(otherWindow.householdMembers().get(0));
        assertNull(otherWindow.householdProperty().get(), "leaving your own household");
        assertEquals(List.of(), dialogs.errors());
    }

    private static app.clientele.domain.Client person(String name, PostalAddress address) {
        return aClient().withName(new ClientName(name, name.substring(0, 1), name.substring(1), NameOrder.FAMILY_FIRST,
                null, null)).withAddress(address).build();
    }

    private ClientSummary row(String name) {
        return clients.summaries().stream().filter(row -> row.displayName().equals(name)).findFirst().orElseThrow();
    }

    private ClientRef ref(String name) {
        return row(name).ref();
    }

    private static List<String> others(ConnectionsViewModel connections) {
        return connections.memberships().stream().map(membership -> connections.other(membership).displayName()).toList();
    }
}
