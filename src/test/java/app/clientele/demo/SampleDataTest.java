package app.clientele.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientSummary;
import app.clientele.exchange.Progress;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiBulkHistory;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.testutil.IndexList;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneId.of("Asia/Seoul"));

    @TempDir
    Path folder;

    @Test
    void sameSeedAndDay_giveTheSameClients_anotherSeedOthers() {
        List<Client> first = clients(new DemoData(7, LocalDate.of(2026, 11, 29), CLOCK.getZone()));
        List<Client> again = clients(new DemoData(7, LocalDate.of(2026, 11, 29), CLOCK.getZone()));
        List<Client> other = clients(new DemoData(8, LocalDate.of(2026, 11, 29), CLOCK.getZone()));
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void clients_mixKoreanAndWesternNamesAndEveryKindOfBirthday() {
        List<Client> clients = IntStream.range(0, 2_000)
                .mapToObj(new DemoData(1, LocalDate.of(2026, 11, 29), CLOCK.getZone())::client).toList();
        List<Birthday> birthdays = clients.stream().map(Client::birthday).filter(Objects::nonNull).toList();

        assertTrue(clients.stream().anyMatch(client -> client.name().isKorean()));
        assertTrue(clients.stream().anyMatch(client -> !client.name().isKorean()));
        assertTrue(birthdays.stream().anyMatch(Birthday::lunar), "some lunar birthdays");
        assertTrue(birthdays.stream().anyMatch(birthday -> birthday.year() == null), "some without a year");
        assertTrue(birthdays.stream().anyMatch(birthday -> birthday.month() == 2 && birthday.day() == 29), "29 February");
        assertTrue(clients.stream().allMatch(client -> client.emails().stream()
                .allMatch(email -> email.address().matches(".*@example\\.(com|kr|net|org)"))), "only reserved domains");
    }

    @Test
    void load_fillsAnEmptyDatabaseAndRefusesOneWithClients() {
        try (Database database = Database.open(folder)) {
            List<String> indexesOfAnEmptyFile = IndexList.of(database);
            SampleData sample = new SampleData(new JdbiBulkHistory(database.jdbi(), CLOCK), CLOCK);

            SampleData.Made made = sample.load(3, new SampleData.Size(300, 3_000), Progress.NONE);

            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), CLOCK);
            assertEquals(300, clients.count());
            assertEquals(3_000, count(database, "interaction"));
            assertEquals(3_000, count(database, "interaction_participant"));
            assertEquals(made.followUps(), count(database, "follow_up"));
            assertEquals(made.subscriptions(), count(database, "newsletter_subscription"));
            assertTrue(clients.summaries().stream().map(ClientSummary::lastContact).anyMatch(Objects::nonNull));
            List<String> byId = database.jdbi().withHandle(handle -> handle.createQuery("""
                            SELECT p.client_id, i.occurred_at FROM interaction i
                            JOIN interaction_participant p ON p.interaction_id = i.id ORDER BY i.id""")
                    .map((row, context) -> String.format("%09d %s", row.getLong(1),
                            row.getObject(2, OffsetDateTime.class).toInstant()))
                    .list());
            assertEquals(byId.stream().sorted().toList(), byId, "the history is written client by client, oldest first");
            assertEquals(indexesOfAnEmptyFile, IndexList.of(database), "every index is built again");
            ClienteleException refused = assertThrows(ClienteleException.class,
                    () -> sample.load(3, SampleData.Size.SMALL, Progress.NONE));
            assertEquals("demo.error.notEmpty", refused.messageKey());
        }
    }

    @Test
    void load_cancelledAfterTheClientsAreWritten_leavesTheDatabaseEmptyForAnotherTry() {
        try (Database database = Database.open(folder)) {
            List<String> indexesOfAnEmptyFile = IndexList.of(database);
            SampleData sample = new SampleData(new JdbiBulkHistory(database.jdbi(), CLOCK), CLOCK);
            assertThrows(CancellationException.class,
                    () -> sample.load(3, new SampleData.Size(300, 3_000), cancelOnceTheClientsAreIn(database)));

            assertEquals(0, count(database, "client"));
            assertEquals(0, count(database, "client_email"));
            assertEquals(indexesOfAnEmptyFile, IndexList.of(database), "every index is built again");
            assertEquals(300, sample.load(3, new SampleData.Size(300, 3_000), Progress.NONE).clients().size());
        }
    }

    @Test
    void load_defersTheDiskWritesOnlyWhileItRuns_alsoWhenCancelled() {
        try (Database database = Database.open(folder)) {
            SampleData sample = new SampleData(new JdbiBulkHistory(database.jdbi(), CLOCK), CLOCK);
            List<String> whileLoading = new ArrayList<>();
            Progress watching = new Progress() {
                @Override
                public void update(long done, long total) {
                    whileLoading.add(writeDelay(database));
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            assertThrows(CancellationException.class,
                    () -> sample.load(5, new SampleData.Size(50, 500), cancelOnceTheClientsAreIn(database)));
            assertEquals("0", writeDelay(database), "restored after a cancelled load");
            sample.load(5, new SampleData.Size(50, 500), watching);

            assertEquals("0", writeDelay(database), "every commit reaches the disk first again");
            assertEquals(Set.of("100"), Set.copyOf(whileLoading));
        }
    }

    private static String writeDelay(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                .mapTo(String.class).one());
    }

    @Test
    void load_onASharedPostgresqlDatabase_writesTheSameFigures() {
        Engine.POSTGRESQL.assumeAvailable();
        try (TestDatabase shared = TestDatabase.fresh(Engine.POSTGRESQL, folder);
             Database database = shared.open();
             Database file = Database.open(folder.resolve("file"))) {
            new SampleData(new JdbiBulkHistory(database.jdbi(), CLOCK), CLOCK)
                    .load(2, new SampleData.Size(60, 600), Progress.NONE);
            new SampleData(new JdbiBulkHistory(file.jdbi(), CLOCK), CLOCK)
                    .load(2, new SampleData.Size(60, 600), Progress.NONE);

            assertEquals(figures(file), figures(database));
            assertEquals(600, count(database, "interaction_participant"));
        }
    }

    /** Each client's name with their history figures, in the order they were written. */
    private static List<String> figures(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT display_name, engagements, last_contact_at, last_satisfaction FROM client ORDER BY id""")
                .map((row, context) -> {
                    OffsetDateTime lastContact = row.getObject(3, OffsetDateTime.class);
                    return row.getString(1) + " " + row.getInt(2) + " "
                            + (lastContact == null ? null : lastContact.toInstant()) + " " + row.getObject(4);
                })
                .list());
    }

    @Test
    void removeAll_afterALoad_leavesNoClientsAndNoHistory() {
        try (Database database = Database.open(folder)) {
            JdbiBulkHistory history = new JdbiBulkHistory(database.jdbi(), CLOCK);
            new SampleData(history, CLOCK)
                    .load(4, new SampleData.Size(100, 1_000), Progress.NONE);

            history.removeAll();

            for (String table : List.of("client", "client_email", "client_phone", "interaction",
                    "interaction_participant", "follow_up", "newsletter_subscription")) {
                assertEquals(0, count(database, table), table);
            }
            assertTrue(history.isEmpty());
        }
    }

    private static List<Client> clients(DemoData data) {
        return IntStream.range(0, 50).mapToObj(data::client).toList();
    }

    /** Cancels the load at its first look once clients are in the database. */
    private static Progress cancelOnceTheClientsAreIn(Database database) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return count(database, "client") > 0;
            }
        };
    }

    private static long count(Database database, String table) {
        return database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
