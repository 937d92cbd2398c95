package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ContactCadence;
import app.clientele.domain.ContactStatus;
import app.clientele.domain.DueToContact;
import app.clientele.domain.Direction;
import app.clientele.domain.Interaction;
import app.clientele.domain.Relationship;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
class JdbiKeepInTouchRepositoryTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, SEOUL);
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(1000));

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiKeepInTouchRepository keepInTouch;
    private JdbiInteractionRepository interactions;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        keepInTouch = new JdbiKeepInTouchRepository(database.jdbi());
        interactions = new JdbiInteractionRepository(database.jdbi(), Clock.fixed(NOW, SEOUL));
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void cadence_isStoredPerClient_andCanGoBackToTheDefault() {
        ClientRef kim = client("김민수", Relationship.CLIENT, LONG_AGO, false);

        assertEquals(Optional.empty(), keepInTouch.cadence(kim.id()));
        keepInTouch.setCadence(kim.id(), 30);
        assertEquals(Optional.of(30), keepInTouch.cadence(kim.id()));
        keepInTouch.setCadence(kim.id(), 365);
        assertEquals(Optional.of(365), keepInTouch.cadence(kim.id()));
        keepInTouch.setCadence(kim.id(), null);
        assertEquals(Optional.empty(), keepInTouch.cadence(kim.id()));
    }

    @Test
    void dormantClients_acrossManyClients_areExactlyThoseOlderThanTheirCadence() {
        List<String> expectedDue = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Clients whose last contact was i * 7 days ago; default cadence 90 days.
            ClientRef client = client("client " + i, Relationship.CLIENT, LONG_AGO, false);
            contact(client, i * 7L);
            if (i * 7 >= ContactCadence.CLIENT_DEFAULT_DAYS) {
                expectedDue.add(client.displayName());
            }
        }
        for (int i = 0; i < 30; i++) {
            // Customers contacted i * 20 days ago; default cadence 365 days.
            ClientRef customer = client("customer " + i, Relationship.CUSTOMER, LONG_AGO, false);
            contact(customer, i * 20L);
            if (i * 20 >= ContactCadence.CUSTOMER_DEFAULT_DAYS) {
                expectedDue.add(customer.displayName());
            }
        }
        ClientRef monthly = client("monthly", Relationship.CUSTOMER, LONG_AGO, false);
        keepInTouch.setCadence(monthly.id(), 30);
        contact(monthly, 30);
        expectedDue.add("monthly");
        ClientRef neverRemind = client("never remind", Relationship.CLIENT, LONG_AGO, false);
        keepInTouch.setCadence(neverRemind.id(), ContactCadence.NEVER);
        client("archived", Relationship.CLIENT, LONG_AGO, true);
        client("new, never contacted", Relationship.CLIENT, NOW.minus(Duration.ofDays(10)), false);
        client("old, never contacted", Relationship.CLIENT, LONG_AGO, false);
        expectedDue.add("old, never contacted");

        List<ContactStatus> due = dueToContact();

        assertEquals(expectedDue.stream().sorted().toList(),
                due.stream().map(status -> status.client().displayName()).sorted().toList());
        assertEquals("old, never contacted", due.get(0).client().displayName(), "oldest first");
        assertTrue(due.stream().allMatch(status -> status.daysSince(TODAY, SEOUL) >= status.cadenceDays()));

        DueToContact firstFive = keepInTouch.dueToContact(TODAY, SEOUL, 5);
        assertEquals(expectedDue.size(), firstFive.count(), "all of them are counted");
        assertEquals(due.subList(0, 5), firstFive.longestWithoutContact(), "the five longest without contact");
    }

    @Test
    void theFirstDue_comeFromBothRelationshipsAndTheNeverContacted_longestWithoutContactFirst() {
        for (long daysAgo : List.of(400L, 500L, 600L)) {
            contact(client("customer " + daysAgo, Relationship.CUSTOMER, LONG_AGO, false), daysAgo);
        }
        for (long daysAgo : List.of(100L, 450L, 700L)) {
            contact(client("client " + daysAgo, Relationship.CLIENT, LONG_AGO, false), daysAgo);
        }
        contact(client("customer 200", Relationship.CUSTOMER, LONG_AGO, false), 200);
        client("client added 550", Relationship.CLIENT, NOW.minus(Duration.ofDays(550)), false);
        client("customer added 800", Relationship.CUSTOMER, NOW.minus(Duration.ofDays(800)), false);
        client("customer added 300", Relationship.CUSTOMER, NOW.minus(Duration.ofDays(300)), false);
        client("archived, added 900", Relationship.CLIENT, NOW.minus(Duration.ofDays(900)), true);

        DueToContact due = keepInTouch.dueToContact(TODAY, SEOUL, 4);

        assertEquals(8, due.count());
        assertEquals(List.of("customer added 800", "client 700", "customer 600", "client added 550"),
                due.longestWithoutContact().stream().map(status -> status.client().displayName()).toList());
    }

    @Test
    void theDefaultCadence_alsoCountsCalendarDays() {
        ClientRef due = client("due today", Relationship.CLIENT, LONG_AGO, false);
        interactions.create(Interaction.with(due, TODAY.minusDays(ContactCadence.CLIENT_DEFAULT_DAYS).atTime(23, 30)
                .atZone(SEOUL).toInstant(), Channel.EMAIL, Direction.OUTBOUND, "mail"));
        ClientRef notYet = client("due tomorrow", Relationship.CLIENT, LONG_AGO, false);
        interactions.create(Interaction.with(notYet, TODAY.minusDays(ContactCadence.CLIENT_DEFAULT_DAYS - 1L)
                .atStartOfDay(SEOUL).toInstant(), Channel.EMAIL, Direction.OUTBOUND, "mail"));

        assertEquals(List.of("due today"), dueToContact().stream().map(status -> status.client().displayName()).toList());
    }

    @Test
    void lastContactOnTheCadenceDay_countsInTheUsersCalendarDays() {
        ClientRef client = client("boundary", Relationship.CLIENT, LONG_AGO, false);
        keepInTouch.setCadence(client.id(), 14);
        // 14 calendar days ago in Seoul at 23:30, which is still 13 days and a bit in hours.
        Instant lateEvening = TODAY.minusDays(14).atTime(23, 30).atZone(SEOUL).toInstant();
        interactions.create(Interaction.with(client, lateEvening, Channel.PHONE_CALL, Direction.OUTBOUND, "call"));

        assertEquals(List.of("boundary"), dueToContact().stream().map(status -> status.client().displayName()).toList());
    }

    private List<ContactStatus> dueToContact() {
        return keepInTouch.dueToContact(TODAY, SEOUL, 1000).longestWithoutContact();
    }

    private ClientRef client(String name, Relationship relationship, Instant added, boolean archived) {
        var builder = aClient().withName(name).withRelationship(relationship);
        long id = new JdbiClientRepository(database.jdbi(), Clock.fixed(added, SEOUL))
                .create((archived ? builder.archived() : builder).build()).id();
        return new ClientRef(id, name);
    }

    private void contact(ClientRef client, long daysAgo) {
        interactions.create(Interaction.with(client, NOW.minus(Duration.ofDays(daysAgo)), Channel.EMAIL,
                Direction.OUTBOUND, "hello"));
    }
}
