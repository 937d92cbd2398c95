package app.clientele.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {
    @TempDir
    Path folder;

    @Test
    void compact_afterManySmallCommits_shrinksTheFileAndKeepsTheDataAndTheConnection() throws IOException {
        try (Database database = Database.open(folder)) {
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            Client client = clients.create(Client.named("Kept"));
            String notes = "x".repeat(20_000);
            // Each commit writes new versions of the changed pages; the old ones stay in the file.
            for (int i = 0; i < 200; i++) {
                final int version = i;
                database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE client SET notes = :notes WHERE id = :id")
                        .bind("notes", notes + version).bind("id", client.id()).execute());
            }
            long before = Files.size(Database.fileFor(folder));

            database.compact();

            long after = Files.size(Database.fileFor(folder));
            assertTrue(after < before / 2, "from " + before + " to " + after + " bytes");
            assertEquals(notes + 199, clients.find(client.id()).orElseThrow().notes(), "the same Jdbi works on");
        }
    }
}
