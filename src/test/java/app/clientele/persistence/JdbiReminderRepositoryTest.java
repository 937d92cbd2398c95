package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.CardSent;
import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.GreetingTemplate;
import app.clientele.domain.Interaction;
import app.clientele.domain.LeadTime;
import app.clientele.domain.MissingDayRule;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.ReminderSettings;
import app.clientele.domain.Segment;
import app.clientele.domain.StaleDataException;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbiReminderRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiReminderRepository reminders;
    private JdbiClientRepository clients;
    private JdbiInteractionRepository interactions;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Seoul"));
        reminders = new JdbiReminderRepository(database.jdbi());
        clients = new JdbiClientRepository(database.jdbi(), clock);
        interactions = new JdbiInteractionRepository(database.jdbi(), clock);
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void card_isMarkedSentOncePerYear_andLoggedAsALetterInteraction() {
        ClientRef jane = ref(clients.create(aClient().withName("Jane").withBirthday(Birthday.solar(12, 3, 1966)).build()));

        CardSent first = reminders.markCardSent(jane, 2026, NOW, "Birthday card");
        CardSent again = reminders.markCardSent(jane, 2026, NOW.plusSeconds(60), "Birthday card");

        assertEquals(first, again, "marking twice keeps the first");
        assertEquals(List.of(first), reminders.cardsSent(List.of(2026)));
        assertEquals(List.of(), reminders.cardsSent(List.of(2027)));
        List<Interaction> history = interactions.timeline(jane.id(), 0, 10);
        assertEquals(1, history.size());
        assertEquals(Channel.LETTER, history.get(0).channel());
        assertEquals("Birthday card", history.get(0).subject());
        assertEquals(first.interactionId(), history.get(0).id());

        reminders.markCardSent(jane, 2027, NOW.plusSeconds(86_400 * 365L), "Birthday card");
        assertEquals(List.of(2027, 2026), reminders.cardsSentTo(jane.id()).stream().map(CardSent::year).toList());

        reminders.unmarkCardSent(jane.id(), 2026);
        assertEquals(List.of(2027), reminders.cardsSentTo(jane.id()).stream().map(CardSent::year).toList());
        assertEquals(1, interactions.countFor(jane.id()), "the interaction that logged it goes too");
    }

    @Test
    void leadTime_isStoredPerClient_andCanGoBackToTheDefault() {
        long id = clients.create(aClient().build()).id();
        assertEquals(Optional.empty(), reminders.leadTime(id));
        reminders.setLeadTime(id, new LeadTime(10, true));
        assertEquals(Optional.of(new LeadTime(10, true)), reminders.leadTime(id));
        assertEquals(Map.of(id, new LeadTime(10, true)), reminders.leadTimes());
        reminders.setLeadTime(id, null);
        assertEquals(Map.of(), reminders.leadTimes());
    }

    @Test
    void settings_startWithTheDefaults_andRefuseAStaleSave() {
        ReminderSettings stored = reminders.settings();
        assertEquals(ReminderSettings.DEFAULTS, stored);

        ReminderSettings changed = new ReminderSettings(stored.version(), new LeadTime(7, false),
                MissingDayRule.DAY_AFTER, new GreetingTemplate("Hi {name}", "Happy birthday, {honorific}!"), null);
        ReminderSettings saved = reminders.saveSettings(changed);
        assertEquals(changed.withVersion(stored.version() + 1), reminders.settings());
        assertEquals(saved, reminders.settings());
        assertThrows(StaleDataException.class, () -> reminders.saveSettings(changed));
    }

    @Test
    void birthdaysAndAddresses_readActiveClientsWithTheirDetails() {
        long minsu = clients.create(aKoreanClient().build()).id();
        clients.create(aClient().withName("No birthday").build());
        clients.create(aClient().withName("Archived").withBirthday(Birthday.solar(1, 1, null)).archived().build());
        clients.create(aClient().withName("Abroad").withSegment(Segment.INDIVIDUAL).withTags("holiday")
                .withAddress(new PostalAddress("1 High Street", null, "Oxford", null, "OX1 1AA", null)).build());

        List<ContactDetails> withBirthdays = reminders.withBirthdays();
        assertEquals(List.of(minsu), withBirthdays.stream().map(ContactDetails::id).toList());
        ContactDetails details = withBirthdays.get(0);
        assertEquals("minsu.park@hanbit.example", details.email());
        assertEquals("010-1234-5678", details.phone());
        assertEquals(List.of("VIP", "세무"), details.tags());
        assertTrue(details.birthday().lunar());
        assertEquals("대표님", details.name().honorific());

        assertEquals(List.of("박민수", "Abroad"), names(reminders.withAddresses(null, null)));
        assertEquals(List.of("박민수"), names(reminders.withAddresses(Segment.BUSINESS, null)));
        assertEquals(List.of("Abroad"), names(reminders.withAddresses(null, "HOLIDAY")));
    }

    @Test
    void birthdaysToCount_areTheSameClientsAndBirthdays_withoutTheirContactValues() {
        clients.create(aKoreanClient().build());
        clients.create(aClient().withName("Lee").withBirthday(Birthday.solar(2, 29, 1988)).withTags("VIP").build());
        clients.create(aClient().withName("No birthday").build());
        clients.create(aClient().withName("Archived").withBirthday(Birthday.solar(1, 1, null)).archived().build());

        List<ContactDetails> full = reminders.withBirthdays();
        List<ContactDetails> toCount = reminders.birthdaysToCount();

        assertEquals(full.stream().map(details -> details.id() + " " + details.birthday()).sorted().toList(),
                toCount.stream().map(details -> details.id() + " " + details.birthday()).sorted().toList());
        assertEquals(2, toCount.size());
        assertTrue(toCount.stream().allMatch(details -> details.email() == null && details.phone() == null
                && details.tags().isEmpty()));
    }

    private static List<String> names(List<ContactDetails> found) {
        return found.stream().map(ContactDetails::displayName).sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static ClientRef ref(app.clientele.domain.Client client) {
        return new ClientRef(client.id(), client.displayName());
    }
}
