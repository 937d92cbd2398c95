package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomerType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.Relationship;
import app.clientele.domain.StaleDataException;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
class JdbiClientRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-29T09:30:00Z");

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiClientRepository repository;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        repository = new JdbiClientRepository(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void create_thenFind_returnsEveryField() {
        Client created = repository.create(aKoreanClient().build());

        Client found = repository.find(created.id()).orElseThrow();

        assertNotNull(created.id());
        assertEquals(created, found);
        assertEquals("박민수", found.displayName());
        assertEquals("대표님", found.name().honorific());
        assertEquals(List.of("010-1234-5678", "02-123-4567"), found.phones().stream().map(PhoneNumber::number).toList());
        assertEquals(new Birthday(8, 15, 1966, true, false), found.birthday());
        assertEquals("04524", found.address().postcode());
        assertEquals(NOW, found.createdAt());
        assertEquals(0, found.version());
    }

    @Test
    void create_birthdayWithoutYear_keepsTheYearAbsent() {
        Client created = repository.create(aClient().withBirthday(Birthday.solar(2, 29, null)).build());
        assertEquals(Birthday.solar(2, 29, null), repository.find(created.id()).orElseThrow().birthday());
    }

    @Test
    void update_replacesFieldsAndChildRowsAndBumpsVersion() {
        Client created = repository.create(aKoreanClient().build());
        Client edited = new Client(created.id(), created.version(), created.name(), "새 회사", null,
                Relationship.CUSTOMER, created.segment(), true, CustomerType.PERSISTENT,
                List.of(new EmailAddress("home", "home@example.com", true)), List.of(), created.address(),
                null, List.of("new"), null, null, "note", created.createdAt(), created.updatedAt(), false, null, null);

        Client saved = repository.update(edited);
        Client found = repository.find(created.id()).orElseThrow();

        assertEquals(1, saved.version());
        assertEquals(saved, found);
        assertEquals("새 회사", found.organisation());
        assertEquals(List.of("home@example.com"), found.emails().stream().map(EmailAddress::address).toList());
        assertTrue(found.phones().isEmpty());
        assertEquals(List.of("new"), found.tags());
        assertEquals(null, found.birthday());
    }

    @Test
    void update_fromStaleVersion_isRefusedAndChangesNothing() {
        Client created = repository.create(aClient().withName("Original").build());
        repository.update(created);

        Client stale = new Client(created.id(), created.version(), app.clientele.domain.ClientName.of("Overwrite"),
                null, null, null, null, false, null, null, null, null, null, null, null, null, null,
                created.createdAt(), created.updatedAt(), false, null, null);

        assertThrows(StaleDataException.class, () -> repository.update(stale));
        assertEquals("Original", repository.find(created.id()).orElseThrow().displayName());
    }

    @Test
    void clients_recordWhoMadeThemAndWhoChangedThemLast_andAnOverwriteCountsAsAChange() {
        database.setActingUser("Anna");
        Client created = repository.create(aClient().withName("Kim").build());
        database.setActingUser("Ben");
        Client edited = repository.update(created);
        database.setActingUser("Chris");
        Client archived = repository.setArchived(created.id(), edited.version(), true);
        database.setActingUser("Dana");
        Client retyped = repository.setCustomerType(created.id(), archived.version(), CustomerType.LOYAL, true);

        assertEquals(List.of("Anna", "Anna"), List.of(created.createdBy(), created.updatedBy()));
        assertEquals(List.of("Anna", "Ben"), List.of(edited.createdBy(), edited.updatedBy()));
        assertEquals(List.of("Anna", "Chris"), List.of(archived.createdBy(), archived.updatedBy()));
        assertEquals(List.of("Anna", "Dana"), List.of(retyped.createdBy(), retyped.updatedBy()),
                "accepting a suggested type is a change too");
        assertEquals(retyped, repository.find(created.id()).orElseThrow());
    }

    @Test
    void setArchived_hidesFromActiveFilterButKeepsTheClient() {
        Client created = repository.create(aClient().withName("Old friend").build());

        Client archived = repository.setArchived(created.id(), created.version(), true);

        assertTrue(archived.archived());
        assertEquals(1, archived.version());
        List<ClientSummary> summaries = repository.summaries();
        assertTrue(summaries.stream().noneMatch(ClientFilter.ALL_ACTIVE.matcher()));
        ClientFilter withArchived = new ClientFilter("old", null, null, null, true);
        assertEquals(1, summaries.stream().filter(withArchived.matcher()).count());
    }

    @Test
    void delete_removesTheClientAndItsChildRows() {
        Client created = repository.create(aKoreanClient().build());
        repository.create(aClient().withName("Other").withTags("keep").build());

        repository.delete(created.id());

        assertTrue(repository.find(created.id()).isEmpty());
        assertEquals(1, repository.count());
        assertEquals(List.of("keep"), repository.tags());
        long orphanPhones = database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM client_phone").mapTo(Long.class).one());
        assertEquals(0, orphanPhones);
    }

    @Test
    void summaries_carryListColumnsAndAreSearchable() {
        repository.create(aKoreanClient().build());
        repository.create(aClient().withName("Jane Doe").withOrganisation("Doe & Partners")
                .withEmail("work", "jane@doe.example").withEmail("home", "jd@home.example")
                .withPhone("mobile", "+44 7700 900123").withTags("audit").build());
        repository.create(aClient().withName("Tom Customer").withRelationship(Relationship.CUSTOMER).build());

        List<ClientSummary> summaries = repository.summaries();

        ClientSummary jane = summaries.stream().filter(s -> s.displayName().equals("Jane Doe")).findFirst().orElseThrow();
        assertEquals("jane@doe.example", jane.primaryEmail());
        assertEquals("+44 7700 900123", jane.firstPhone());
        assertEquals(List.of("audit"), jane.tags());
        assertEquals(List.of("박민수"), names(summaries, filter("ㅂㅁㅅ")));
        assertEquals(List.of("박민수"), names(summaries, filter("01012345678")));
        assertEquals(List.of("Jane Doe"), names(summaries, filter("jd@home")));
        assertEquals(List.of("Jane Doe"), names(summaries, filter("partners")));
        assertEquals(List.of("Tom Customer"), names(summaries,
                new ClientFilter("", Relationship.CUSTOMER, null, null, false).matcher()));
        assertEquals(List.of("박민수"), names(summaries,
                new ClientFilter("", null, CustomerType.LOYAL, "vip", false).matcher()));
        assertEquals(jane, repository.summary(jane.id()).orElseThrow());
    }

    @Test
    void phones_areStoredWithAMatchKeyThatIgnoresHowTheyWereWritten() {
        repository.create(aClient().withPhone("mobile", "+82 10-1234-5678").build());
        repository.create(aClient().withName("Other").withPhone("mobile", "010 1234 5678").build());
        List<String> keys = database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT digits FROM client_phone ORDER BY client_id").mapTo(String.class).list());
        assertEquals(List.of("821012345678", "821012345678"), keys);
    }

    @Test
    void searchText_withSqlMetacharacters_isHarmless() {
        repository.create(aClient().withName("O'Brien; DROP TABLE client; --").build());
        List<ClientSummary> summaries = repository.summaries();
        assertEquals(1, names(summaries, filter("o'brien; drop")).size());
        assertEquals(1, repository.count());
    }

    @Test
    void data_survivesClosingAndReopeningTheFile() {
        Client created = repository.create(aKoreanClient().build());
        database.close();

        database = testDatabase.open();
        repository = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());

        assertEquals(created, repository.find(created.id()).orElseThrow());
    }

    @Test
    void summaries_ofManyClients_areAllRead() {
        IntStream.range(0, 500).forEach(i -> repository.create(aClient().withName("Client " + i)
                .withEmail("work", "c" + i + "@example.com").withPhone("mobile", "010-0000-" + (1000 + i)).build()));
        List<ClientSummary> summaries = repository.summaries();
        assertEquals(500, summaries.size());
        assertEquals(List.of("Client 123"), names(summaries, filter("010-0000-1123")));
        assertFalse(summaries.stream().anyMatch(s -> s.primaryEmail() == null));
    }

    @Test
    void namesAndSummariesOfSomeIds_readJustWhatTheFirstScreenNeeds() {
        Client jane = repository.create(aClient().withName("Jane Doe").withEmail("work", "jane@doe.example")
                .withPhone("mobile", "+44 7700 900123").withTags("audit").build());
        Client tom = repository.create(aClient().withName("Tom Customer").archived().build());
        Client park = repository.create(aKoreanClient().build());

        assertEquals(Set.of(new ClientRef(jane.id(), "Jane Doe"), new ClientRef(tom.id(), "Tom Customer"),
                new ClientRef(park.id(), "박민수")), Set.copyOf(repository.names()));
        List<ClientSummary> some = repository.summaries(List.of(park.id(), jane.id(), 999_999L));
        assertEquals(Set.of(repository.summary(jane.id()).orElseThrow(), repository.summary(park.id()).orElseThrow()),
                Set.copyOf(some));
        assertEquals(List.of(), repository.summaries(List.of()));
    }

    private static Predicate<ClientSummary> filter(String text) {
        return new ClientFilter(text, null, null, null, false).matcher();
    }

    private static List<String> names(List<ClientSummary> summaries, Predicate<ClientSummary> filter) {
        return summaries.stream().filter(filter).map(ClientSummary::displayName).sorted().toList();
    }
}
