package app.clientele.viewmodel.data;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiChangeStamp;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.testutil.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window asks to show the data again only when a colleague really changed something. */
class ChangeWatchTest {
    @TempDir
    Path folder;
    private Database database;
    private JdbiClientRepository colleague;
    private final AtomicInteger refreshes = new AtomicInteger();
    private ChangeWatch watch;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        colleague = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        watch = new ChangeWatch(new JdbiChangeStamp(database.jdbi()), new SameThreadTaskRunner(),
                refreshes::incrementAndGet);
        watch.start();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void check_withoutChanges_refreshesNothing() {
        watch.check();
        watch.check();

        assertEquals(0, refreshes.get());
    }

    @Test
    void check_afterAColleagueSaved_refreshesOnce() {
        colleague.create(aClient().withName("Jane Doe").build());

        watch.check();
        watch.check();

        assertEquals(1, refreshes.get());
    }
}
