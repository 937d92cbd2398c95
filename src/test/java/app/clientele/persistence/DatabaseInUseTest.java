package app.clientele.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import app.clientele.testutil.ChildJvm;

class DatabaseInUseTest {
    @TempDir
    Path folder;

    @Test
    void secondProcess_onTheSameFolder_getsAClearRefusalAndTheFileStaysSound() throws Exception {
        Process holder = ChildJvm.of(HoldDatabaseOpen.class, folder.toString())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", output.readLine());

            DatabaseInUseException refused = assertThrows(DatabaseInUseException.class, () -> Database.open(folder));
            assertEquals("error.database.inUse", refused.messageKey());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }

        try (Database database = Database.open(folder)) {
            JdbiClientRepository repository = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            assertEquals(1, repository.count());
        }
    }
}
