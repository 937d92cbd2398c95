package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.demo.SampleData;
import app.clientele.domain.Channel;
import app.clientele.domain.Client;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.Direction;
import app.clientele.domain.Engagements;
import app.clientele.exchange.ClientMerge;
import app.clientele.exchange.Progress;
import app.clientele.domain.Interaction;
import app.clientele.domain.MergeRepository.MergeReceipt;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history figures kept on each client row: filled in by the upgrade, kept current by every write. */
class ClientActivityTest {
    private static final Instant START = Instant.parse("2023-01-02T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void upgrade_fillsInTheFigures_exactlyAsTheAppWorksThemOut() {
        try (Database old = Database.open(folder, null, OlderSchemas.before("__insights"))) {
            old.jdbi().useTransaction(ClientActivityTest::historyBeforeTheUpgrade);
        }
        try (Database upgraded = Database.open(folder)) {
            Jdbi jdbi = upgraded.jdbi();
            Map<Long, List<Object>> afterUpgrade = figures(jdbi);
            jdbi.useTransaction(handle -> ClientActivity.refresh(handle, afterUpgrade.keySet()));

            assertEquals(figures(jdbi), afterUpgrade);
            assertEquals(List.of(2, at(START.plus(Engagements.GAP.multipliedBy(2)).plusSeconds(60)), "4", at(START)),
                    afterUpgrade.get(1L).subList(0, 4), "the crafted client: a gap of exactly 30 days, then one longer");
            assertEquals(List.of(0, "null", "null", "null", false), afterUpgrade.get(2L), "never contacted");
            assertTrue(afterUpgrade.values().stream().anyMatch(row -> (int) row.get(0) > 2), "a varied history");
            assertEquals(List.of(true, false), List.of(afterUpgrade.get(3L).get(4), afterUpgrade.get(4L).get(4)),
                    "a type other than New was chosen by the user");
        }
    }

    @Test
    void bulkHistory_setsTheFiguresFromTheHistoryInHand_exactlyAsReadBackFromTheDatabase() {
        try (Database database = Database.open(folder)) {
            Clock clock = Clock.fixed(START, ZoneOffset.UTC);
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), clock);
            List<ClientRef> refs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                refs.add(new ClientRef(clients.create(aClient().withName("client " + i).build()).id(), null));
            }
            Random random = new Random(5);
            List<Interaction> history = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                // Whole days over two years: many contacts share a moment, some with different scores.
                Instant when = START.plus(Duration.ofDays(random.nextInt(730)));
                ClientRef client = refs.get(random.nextInt(refs.size() - 1));
                ClientRef other = refs.get(random.nextInt(refs.size() - 1));
                history.add(scored(other != client && random.nextInt(5) == 0 ? List.of(client, other) : List.of(client),
                        when, random.nextInt(3) == 0 ? 1 + random.nextInt(5) : null));
            }
            JdbiBulkHistory bulk = new JdbiBulkHistory(database.jdbi(), clock);
            bulk.addInteractions(history);

            bulk.setActivity(history);

            Map<Long, List<Object>> fromHand = figures(database.jdbi());
            database.jdbi().useTransaction(handle -> ClientActivity.refresh(handle, fromHand.keySet()));
            assertEquals(figures(database.jdbi()), fromHand);
            assertEquals(List.of(0, "null", "null", "null"), fromHand.get(refs.get(11).id()).subList(0, 4),
                    "a client without history keeps none");
        }
    }

    @Test
    void sampleData_writesEachClientWithTheFiguresOfTheirWholeHistory() {
        try (Database database = Database.open(folder)) {
            Clock clock = Clock.fixed(START, ZoneOffset.UTC);
            new SampleData(new JdbiBulkHistory(database.jdbi(), clock), clock)
                    .load(6, new SampleData.Size(200, 4_000), Progress.NONE);

            Map<Long, List<Object>> asWritten = figures(database.jdbi());
            database.jdbi().useTransaction(handle -> ClientActivity.refresh(handle, asWritten.keySet()));

            assertEquals(figures(database.jdbi()), asWritten);
            assertTrue(asWritten.values().stream().anyMatch(client -> (int) client.get(0) > 1), "repeat clients");
            assertTrue(asWritten.values().stream().anyMatch(client -> !client.get(2).equals("null")), "scores");
        }
    }

    @Test
    void everyInteractionWrite_keepsTheFiguresOfEachClientInvolved() {
        try (Database database = Database.open(folder)) {
            Clock clock = Clock.fixed(START, ZoneOffset.UTC);
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), clock);
            JdbiInteractionRepository interactions = new JdbiInteractionRepository(database.jdbi(), clock);
            ClientRef kim = new ClientRef(clients.create(aClient().withName("Kim").build()).id(), "Kim");
            ClientRef lee = new ClientRef(clients.create(aClient().withName("Lee").build()).id(), "Lee");

            Interaction first = interactions.create(scored(List.of(kim), START, 2));
            Interaction later = interactions.create(scored(List.of(kim, lee), START.plus(Duration.ofDays(40)), null));
            assertEquals(new ClientSummary.Activity(later.occurredAt(), 2, 2, null), activity(clients, kim));
            assertEquals(new ClientSummary.Activity(later.occurredAt(), null, 1, null), activity(clients, lee));

            interactions.update(new Interaction(later.id(), later.version(), List.of(lee), later.occurredAt(),
                    later.channel(), later.direction(), later.subject(), null, null, 5, null, later.createdAt(),
                    later.updatedAt()));
            assertEquals(new ClientSummary.Activity(first.occurredAt(), 2, 1, null), activity(clients, kim));
            assertEquals(new ClientSummary.Activity(later.occurredAt(), 5, 1, null), activity(clients, lee));

            interactions.delete(first.id());
            assertEquals(ClientSummary.Activity.NONE, activity(clients, kim));
        }
    }

    @Test
    void mergingAndUndoingIt_moveTheFiguresWithTheInteractions() {
        try (Database database = Database.open(folder)) {
            Clock clock = Clock.fixed(START, ZoneOffset.UTC);
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), clock);
            JdbiInteractionRepository interactions = new JdbiInteractionRepository(database.jdbi(), clock);
            JdbiMergeRepository merges = new JdbiMergeRepository(database.jdbi(), clock);
            Client kim = clients.create(aClient().withName("Kim").build());
            Client duplicate = clients.create(aClient().withName("Kim Minsu").build());
            interactions.create(scored(List.of(new ClientRef(kim.id(), "Kim")), START, 4));
            Interaction later = interactions.create(scored(List.of(new ClientRef(duplicate.id(), "Kim Minsu")),
                    START.plus(Duration.ofDays(90)), 2));

            MergeReceipt receipt = merges.merge(ClientMerge.merge(kim, duplicate, Set.of()), duplicate);
            assertEquals(new ClientSummary.Activity(later.occurredAt(), 2, 2, null), activity(clients, kim.id()));

            merges.undo(receipt);
            assertEquals(new ClientSummary.Activity(START, 4, 1, null), activity(clients, kim.id()));
            assertEquals(new ClientSummary.Activity(later.occurredAt(), 2, 1, null), activity(clients, duplicate.id()));
        }
    }

    private static ClientSummary.Activity activity(JdbiClientRepository clients, long clientId) {
        return clients.summary(clientId).orElseThrow().activity();
    }

    private static ClientSummary.Activity activity(JdbiClientRepository clients, ClientRef client) {
        return activity(clients, client.id());
    }

    private static Interaction scored(List<ClientRef> participants, Instant when, Integer score) {
        return new Interaction(null, 0, participants, when, Channel.PHONE_CALL, Direction.OUTBOUND, "call", null,
                null, score, null, null, null);
    }

    /** Every client's figures: engagements, last contact, last score and when, and who chose the type. */
    private static Map<Long, List<Object>> figures(Jdbi jdbi) {
        Map<Long, List<Object>> figures = new TreeMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT id, engagements, last_contact_at, last_satisfaction, last_satisfaction_at,
                               customer_type_by_user FROM client""")
                .map((row, context) -> Map.entry(row.getLong("id"), List.<Object>of(row.getInt("engagements"),
                        String.valueOf(JdbiInteractionRepository.instant(row, "last_contact_at")),
                        String.valueOf(row.getObject("last_satisfaction", Integer.class)),
                        String.valueOf(JdbiInteractionRepository.instant(row, "last_satisfaction_at")),
                        row.getBoolean("customer_type_by_user"))))
                .forEach(entry -> figures.put(entry.getKey(), entry.getValue())));
        return figures;
    }

    private static String at(Instant instant) {
        return instant.toString();
    }

    /**
     * Written with the older schema's SQL: client 1 has contacts exactly 30 days apart, then one 30
     * days and a minute later, two at the same moment and a score on an earlier one; client 2 none;
     * clients 3 to 20 a random history, some of it shared.
     */
    private static void historyBeforeTheUpgrade(Handle handle) {
        for (int id = 1; id <= 20; id++) {
            handle.createUpdate("""
                            INSERT INTO client (id, version, display_name, name_order, relationship, segment, internal,
                                customer_type, birthday_lunar, birthday_leap_month, created_at, updated_at, archived)
                            VALUES (:id, 0, :name, 'GIVEN_FIRST', 'CLIENT', 'INDIVIDUAL', FALSE, :type, FALSE, FALSE,
                                :at, :at, FALSE)""")
                    .bind("id", id).bind("name", "client " + id).bind("type", id == 3 ? "LOYAL" : "NEW")
                    .bind("at", START.atOffset(ZoneOffset.UTC)).execute();
        }
        List<Object[]> contacts = new ArrayList<>();
        Instant secondRun = START.plus(Engagements.GAP.multipliedBy(2)).plusSeconds(60);
        contacts.add(new Object[] {START, 4, new long[] {1}});
        contacts.add(new Object[] {START.plus(Engagements.GAP), null, new long[] {1}});
        contacts.add(new Object[] {secondRun, null, new long[] {1}});
        contacts.add(new Object[] {secondRun, null, new long[] {1}});
        Random random = new Random(9);
        for (int i = 0; i < 300; i++) {
            Instant when = START.plus(Duration.ofHours(random.nextInt(3 * 365 * 24)));
            long client = 3 + random.nextInt(18);
            long other = 3 + random.nextInt(18);
            Integer score = random.nextInt(3) == 0 ? 1 + random.nextInt(5) : null;
            contacts.add(new Object[] {when, score, other != client && random.nextInt(5) == 0
                    ? new long[] {client, other} : new long[] {client}});
        }
        long id = 1;
        for (Object[] contact : contacts) {
            OffsetDateTime when = ((Instant) contact[0]).atOffset(ZoneOffset.UTC);
            handle.createUpdate("""
                            INSERT INTO interaction (id, version, occurred_at, channel, direction, satisfaction,
                                created_at, updated_at)
                            VALUES (:id, 0, :at, 'EMAIL', 'OUTBOUND', :score, :at, :at)""")
                    .bind("id", id).bind("at", when).bind("score", (Integer) contact[1]).execute();
            long[] participants = (long[]) contact[2];
            for (int order = 0; order < participants.length; order++) {
                handle.createUpdate("""
                                INSERT INTO interaction_participant (interaction_id, client_id, sort_order, occurred_at)
                                VALUES (:interaction, :client, :order, :at)""")
                        .bind("interaction", id).bind("client", participants[order]).bind("order", order)
                        .bind("at", when).execute();
            }
            id++;
        }
    }
}
