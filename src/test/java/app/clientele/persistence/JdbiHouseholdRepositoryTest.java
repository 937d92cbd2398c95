package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientName;
import app.clientele.domain.Household;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PostalAddress;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbiHouseholdRepositoryTest {
    private static final PostalAddress HOME = new PostalAddress("세종대로 110", "3층", "중구", "서울특별시", "04524", "대한민국");
    private static final PostalAddress DORM = new PostalAddress("관악로 1", null, "관악구", "서울특별시", "08826", "대한민국");

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiClientRepository clients;
    private JdbiHouseholdRepository households;
    private long kim;
    private long lee;
    private long junho;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        households = new JdbiHouseholdRepository(database.jdbi(), Clock.systemUTC());
        kim = person("김민수", HOME);
        lee = person("이서연", PostalAddress.EMPTY);
        junho = person("김준호", DORM);
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void aHousehold_isAddressedToItsMembers_atTheMainContactsAddress() {
        Household started = households.start(kim);
        Household household = households.add(started.id(), lee);

        assertEquals("김민수·이서연 님", household.addressedAs());
        assertEquals(HOME, household.address());
        assertEquals(household, households.ofClient(lee).orElseThrow());

        household = households.add(household.id(), junho);
        assertEquals("김민수 님 댁", household.addressedAs());
        household = households.makeMain(junho);
        assertEquals(List.of(junho, kim, lee), household.members().stream().map(Household.Member::clientId).toList());
        assertEquals(DORM, household.address(), "letters now go to the new main contact");
    }

    @Test
    void aHouseholdsName_isKeptOrClearedGuardedByItsVersion() {
        Household household = households.add(households.start(kim).id(), lee);

        Household named = households.rename(household, "김민수 님 가족");
        assertEquals("김민수 님 가족", named.addressedAs());
        assertThrows(ClienteleException.class, () -> households.rename(household, "stale"));
        assertEquals("김민수·이서연 님", households.rename(named, " ").addressedAs());
    }

    @Test
    void aPersonBelongsToOneHousehold_andAnEmptyHouseholdGoes() {
        Household kims = households.start(kim);
        Household lees = households.start(lee);

        households.add(kims.id(), lee);
        assertEquals(List.of(kim, lee), members(households.ofClient(kim).orElseThrow()));
        assertEquals(1, count("household"), "the household lee left alone is gone");

        households.leave(kim);
        assertEquals(List.of(lee), members(households.ofClient(lee).orElseThrow()));
        assertTrue(households.ofClient(kim).isEmpty());
        households.leave(lee);
        assertEquals(0, count("household"));
        assertThrows(ClienteleException.class, () -> households.add(lees.id(), junho));
    }

    @Test
    void organisations_haveNoHousehold() {
        long acme = clients.create(aClient().withName("Acme").organisation().build()).id();

        assertThrows(ClienteleException.class, () -> households.start(acme));
        assertThrows(ClienteleException.class, () -> households.add(households.start(kim).id(), acme));
    }

    @Test
    void everyMembersHousehold_isAtHandForLetters() {
        Household household = households.add(households.start(kim).id(), lee);
        households.start(junho);

        Map<Long, Household> byClient = households.byClient();

        assertEquals(household, byClient.get(kim));
        assertEquals(household, byClient.get(lee));
        assertEquals(List.of(junho), members(byClient.get(junho)));
    }

    private long person(String name, PostalAddress address) {
        ClientName clientName = new ClientName(name, name.substring(0, 1), name.substring(1), NameOrder.FAMILY_FIRST, null, null);
        return clients.create(aClient().withName(clientName).withAddress(address).build()).id();
    }

    private static List<Long> members(Household household) {
        return household.members().stream().map(Household.Member::clientId).toList();
    }

    private int count(String table) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }
}
