package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.demo.SampleData;
import app.clientele.domain.Client;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.DataCopy;
import app.clientele.exchange.Progress;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving a firm's data between this computer's H2 file and a shared PostgreSQL database: every
 * table, ids included, in one transaction on the target, checked by counts; a target holding data
 * is refused untouched unless replacing was chosen; a cancelled copy writes nothing.
 */
class DatabaseCopyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private TestDatabase sourceDatabase;
    private Database source;
    private TestDatabase targetDatabase;

    @BeforeEach
    void fillTheSource() {
        sourceDatabase = TestDatabase.fresh(Engine.H2, folder.resolve("laptop"));
        source = sourceDatabase.open();
        new SampleData(new JdbiBulkHistory(source.jdbi(), CLOCK), CLOCK)
                .load(11, new SampleData.Size(30, 120), Progress.NONE);
    }

    @AfterEach
    void close() {
        sourceDatabase.close();
        if (targetDatabase != null) {
            targetDatabase.close();
        }
    }

    @Test
    void copy_fromTheFileToPostgresqlAndBack_keepsEveryRowAndNewIdsFollowTheCopiedOnes() {
        targetDatabase = TestDatabase.fresh(Engine.POSTGRESQL, folder);
        Database shared = targetDatabase.open();
        Map<String, Long> before = counts(source);

        DataCopy.Report report = DatabaseCopy.copy(source, shared, false, DataCopy.Progress.NONE);

        assertEquals(before, report.rowsPerTable());
        assertEquals(30, report.rows("client"));
        assertEquals(before, counts(shared));
        JdbiClientRepository there = new JdbiClientRepository(shared.jdbi(), CLOCK);
        Client original = new JdbiClientRepository(source.jdbi(), CLOCK).summaries().stream()
                .map(row -> new JdbiClientRepository(source.jdbi(), CLOCK).find(row.id()).orElseThrow())
                .filter(client -> !client.phones().isEmpty()).findFirst().orElseThrow();
        assertEquals(original, there.find(original.id()).orElseThrow(), "the client arrives as it was, id included");
        Client added = there.create(aClient().withName("After The Move").build());
        assertTrue(added.id() > before.get("client"), "a new client gets an id after the copied ones");

        try (TestDatabase laptop = TestDatabase.fresh(Engine.H2, folder.resolve("new-laptop"))) {
            Database copy = laptop.open();
            DataCopy.Report back = DatabaseCopy.copy(shared, copy, false, DataCopy.Progress.NONE);
            assertEquals(31, back.rows("client"));
            assertEquals(counts(shared), counts(copy));
        }
    }

    @Test
    void copy_intoADatabaseHoldingData_isRefusedUntouched_unlessReplacing() {
        targetDatabase = TestDatabase.fresh(Engine.H2, folder.resolve("other"));
        Database target = targetDatabase.open();
        Client theirs = new JdbiClientRepository(target.jdbi(), CLOCK).create(aClient().withName("Kept Here").build());

        ClienteleException refused = assertThrows(ClienteleException.class,
                () -> DatabaseCopy.copy(source, target, false, DataCopy.Progress.NONE));

        assertEquals("copy.error.notEmpty", refused.messageKey());
        assertEquals(List.of(theirs), List.of(new JdbiClientRepository(target.jdbi(), CLOCK).find(theirs.id())
                .orElseThrow()));
        assertEquals(1L, counts(target).get("client"));

        DatabaseCopy.copy(source, target, true, DataCopy.Progress.NONE);

        assertEquals(counts(source), counts(target));
        Client added = new JdbiClientRepository(target.jdbi(), CLOCK).create(aClient().withName("Next").build());
        assertEquals(31, counts(target).get("client"), "a new client gets an id after the copied ones");
        assertTrue(added.id() > 30);
    }

    @Test
    void copy_cancelled_leavesTheTargetAsItWas() {
        targetDatabase = TestDatabase.fresh(Engine.H2, folder.resolve("other"));
        Database target = targetDatabase.open();
        Map<String, Long> empty = counts(target);
        DataCopy.Progress cancelled = new DataCopy.Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(CancellationException.class, () -> DatabaseCopy.copy(source, target, false, cancelled));

        assertEquals(empty, counts(target));
        assertEquals(0L, counts(target).get("client"));
    }

    private static Map<String, Long> counts(Database database) {
        return DatabaseCopy.counts(database);
    }
}
