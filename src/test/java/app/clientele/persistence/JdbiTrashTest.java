package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.TrashEntry;
import app.clientele.testutil.MutableClock;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
class JdbiTrashTest {
    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    private Database database;
    private JdbiClientRepository clients;
    private JdbiTrash trash;
    private Client minsu;
    private Client colleague;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        clients = new JdbiClientRepository(database.jdbi(), clock);
        trash = new JdbiTrash(database.jdbi(), clock);
        minsu = clients.create(aKoreanClient().build());
        colleague = clients.create(aClient().withName("Colleague").build());
        database.jdbi().useHandle(handle -> {
            for (long interaction = 1; interaction <= 2; interaction++) {
                handle.execute("""
                        INSERT INTO interaction (id, version, occurred_at, channel, direction, subject, created_at, updated_at)
                        VALUES (?, 0, TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+09:00', 'MEETING', 'OUTBOUND', ?,
                                CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", interaction, interaction == 1 ? "alone" : "shared");
            }
            handle.execute("""
                    INSERT INTO interaction_participant (interaction_id, client_id, sort_order, occurred_at)
                    VALUES (1, ?, 0, CURRENT_TIMESTAMP), (2, ?, 0, CURRENT_TIMESTAMP), (2, ?, 1, CURRENT_TIMESTAMP)""",
                    minsu.id(), minsu.id(), colleague.id());
            handle.execute("""
                    INSERT INTO follow_up (version, client_id, interaction_id, title, due_date, due_time, priority, status,
                                           created_at, updated_at)
                    VALUES (0, ?, 1, 'Send the forms', DATE '2026-12-01', TIME '09:30:00', 'HIGH', 'OPEN',
                            CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", minsu.id());
            handle.execute("INSERT INTO client_cadence (client_id, every_days) VALUES (?, 30)", minsu.id());
        });
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void moveToTrash_takesTheClientAndTheirOwnHistoryButLeavesSharedHistory() {
        TrashEntry entry = trash.moveToTrash(minsu.id());

        assertEquals(new TrashEntry(entry.id(), minsu.id(), "박민수", clock.instant()), entry);
        assertEquals(List.of(entry), trash.entries());
        assertTrue(clients.find(minsu.id()).isEmpty());
        assertEquals(List.of("shared"), rows("SELECT subject FROM interaction"));
        assertEquals(List.of(String.valueOf(colleague.id())), rows("SELECT client_id FROM interaction_participant"));
        assertEquals(List.of("0", "0", "0"), List.of(count("follow_up"), count("client_cadence"), count("client_phone")));
    }

    @Test
    void restore_putsEverythingBackExactly() {
        List<String> before = everything();
        TrashEntry entry = trash.moveToTrash(minsu.id());

        trash.restore(entry.id());

        assertEquals(minsu, clients.find(minsu.id()).orElseThrow());
        assertEquals(before, everything());
        assertEquals(List.of(), trash.entries());
        Client next = clients.create(Client.named("After the restore"));
        assertTrue(next.id() > colleague.id(), "new clients still get fresh ids");
    }

    @Test
    void entries_olderThanThirtyDays_arePurged() {
        trash.moveToTrash(minsu.id());
        clock.advance(Duration.ofDays(29));
        trash.moveToTrash(colleague.id());
        clock.advance(Duration.ofDays(2));

        assertEquals(1, trash.purgeExpired());

        assertEquals(List.of("Colleague"), trash.entries().stream().map(TrashEntry::displayName).toList());
    }

    @Test
    void restoreOfAnEntryAlreadyEmptied_saysSo() {
        TrashEntry entry = trash.moveToTrash(minsu.id());
        trash.empty(entry.id());

        ClienteleException gone = assertThrows(ClienteleException.class, () -> trash.restore(entry.id()));
        assertEquals("error.trash.gone", gone.messageKey());
    }

    @Test
    void tamperedSnapshot_isRefusedAndNothingIsRestored() {
        TrashEntry entry = trash.moveToTrash(minsu.id());
        database.jdbi().useHandle(handle -> handle.execute("UPDATE trash SET snapshot = 'bm90IGEgc25hcHNob3Q='"));

        ClienteleException refused = assertThrows(ClienteleException.class, () -> trash.restore(entry.id()));

        assertEquals("error.trash.unreadable", refused.messageKey());
        assertTrue(clients.find(minsu.id()).isEmpty());
    }

    @Test
    void forget_dropsEveryEntryAboutTheClient() {
        trash.moveToTrash(minsu.id());
        trash.forget(minsu.id());
        assertEquals(List.of(), trash.entries());
    }

    private List<String> everything() {
        return List.of(String.join("|", rows("SELECT id || subject || occurred_at FROM interaction ORDER BY id")),
                String.join("|", rows("SELECT interaction_id || ':' || client_id || ':' || sort_order FROM interaction_participant ORDER BY 1")),
                String.join("|", rows("SELECT id || title || due_date || due_time || priority FROM follow_up ORDER BY id")),
                String.join("|", rows("SELECT client_id || ':' || every_days FROM client_cadence")),
                String.join("|", rows("SELECT client_id || phone_number || digits FROM client_phone ORDER BY 1")));
    }

    private String count(String table) {
        return rows("SELECT COUNT(*) FROM " + table).get(0);
    }

    private List<String> rows(String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }
}
