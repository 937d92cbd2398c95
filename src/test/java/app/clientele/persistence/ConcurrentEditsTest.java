package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClientName;
import app.clientele.domain.StaleDataException;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two people (two connections, as two Clienteles on a shared database have) saving the same
 * client: the version check lets exactly one save win; the other is refused as a conflict and
 * overwrites nothing.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class ConcurrentEditsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:30:00Z"), ZoneOffset.UTC);

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database anna;
    private Database ben;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        anna = testDatabase.open();
        anna.setActingUser("Anna");
        ben = testDatabase.open();
        ben.setActingUser("Ben");
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void twoSavesOfTheSameVersionAtOnce_exactlyOneWins_theOtherGetsTheConflict() throws Exception {
        JdbiClientRepository annasClients = new JdbiClientRepository(anna.jdbi(), CLOCK);
        JdbiClientRepository bensClients = new JdbiClientRepository(ben.jdbi(), CLOCK);
        Client client = annasClients.create(aClient().withName("Kim").build());
        for (int round = 0; round < 20; round++) {
            Client opened = annasClients.find(client.id()).orElseThrow();
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Object> annas = threads.submit(() -> save(annasClients, renamed(opened, "Anna's edit"), together));
            Future<Object> bens = threads.submit(() -> save(bensClients, renamed(opened, "Ben's edit"), together));
            List<Object> outcomes = List.of(annas.get(30, TimeUnit.SECONDS), bens.get(30, TimeUnit.SECONDS));

            List<Client> won = outcomes.stream().filter(Client.class::isInstance).map(Client.class::cast).toList();
            assertEquals(1, won.size(), "round " + round + ": " + outcomes);
            assertEquals(1, outcomes.stream().filter(StaleDataException.class::isInstance).count(), outcomes.toString());
            Client stored = annasClients.find(client.id()).orElseThrow();
            assertEquals(won.get(0), stored, "the winner's edit is what is stored");
            assertEquals(opened.version() + 1, stored.version());
        }
    }

    @Test
    void aSaveMadeWhileAnotherIsUncommitted_waitsForIt_andIsRefusedOnceItCommits() throws Exception {
        JdbiClientRepository bensClients = new JdbiClientRepository(ben.jdbi(), CLOCK);
        Client opened = bensClients.create(aClient().withName("Kim").build());
        CountDownLatch benSaving = new CountDownLatch(1);
        List<Future<Object>> bens = new ArrayList<>();

        anna.jdbi().useTransaction(handle -> {
            JdbiClientRepository.update(handle, renamed(opened, "Anna's edit"), CLOCK.instant());
            bens.add(threads.submit(() -> {
                benSaving.countDown();
                return save(bensClients, renamed(opened, "Ben's edit"), null);
            }));
            assertTrue(benSaving.await(30, TimeUnit.SECONDS));
            // Ben's save cannot finish while Anna's change to the row is uncommitted.
            assertFalse(waitForDone(bens.get(0)), "Ben's save waited for Anna's to commit");
        });

        assertInstanceOf(StaleDataException.class, bens.get(0).get(30, TimeUnit.SECONDS));
        Client stored = bensClients.find(opened.id()).orElseThrow();
        assertEquals("Anna's edit", stored.displayName());
        assertEquals("Anna", stored.updatedBy());
        assertEquals(opened.version() + 1, stored.version());
    }

    /** Gives a save half a second to finish; true if it did. */
    private static boolean waitForDone(Future<?> save) throws Exception {
        try {
            save.get(500, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException stillWaiting) {
            return false;
        }
    }

    /** Saves and returns the stored client, or the failure. */
    private static Object save(JdbiClientRepository clients, Client edit, CyclicBarrier start) throws Exception {
        if (start != null) {
            start.await(30, TimeUnit.SECONDS);
        }
        try {
            return clients.update(edit);
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    private static Client renamed(Client client, String name) {
        return new Client(client.id(), client.version(), ClientName.of(name), client.organisation(),
                client.jobTitle(), client.relationship(), client.segment(), client.internal(), client.customerType(),
                new ArrayList<>(client.emails()), client.phones(), client.address(), client.birthday(), client.tags(),
                client.source(), client.accountOwner(), client.notes(), client.createdAt(), client.updatedAt(),
                client.archived(), client.kind(), client.customValues(), client.createdBy(), client.updatedBy());
    }
}
