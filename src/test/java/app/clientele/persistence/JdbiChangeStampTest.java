package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.clientele.domain.Client;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The fingerprint a window compares to notice colleagues' changes, seen from a second connection. */
@ParameterizedClass
@EnumSource(Engine.class)
class JdbiChangeStampTest {
    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private JdbiClientRepository colleague;
    private JdbiChangeStamp stamp;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        colleague = new JdbiClientRepository(testDatabase.open().jdbi(), Clock.systemUTC());
        stamp = new JdbiChangeStamp(testDatabase.open().jdbi());
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void stamp_staysTheSameWhileNothingChanges() {
        Client jane = colleague.create(aClient().withName("Jane Doe").build());
        String before = stamp.read();

        colleague.summaries();
        colleague.find(jane.id());

        assertFalse(before.isBlank());
        assertEquals(before, stamp.read(), "reading the data is no change");
    }

    @Test
    void stamp_changesWithEveryAddEditAndDeleteOfAnother() {
        Client jane = colleague.create(aClient().withName("Jane Doe").build());
        String before = stamp.read();
        Client edited = colleague.update(jane.withArchived(true));
        String afterEdit = stamp.read();
        colleague.delete(edited.id());
        colleague.create(aClient().withName("John Doe").build());
        String afterSwap = stamp.read();

        assertNotEquals(before, afterEdit);
        assertNotEquals(afterEdit, afterSwap, "one client deleted and another added still shows");
    }
}
