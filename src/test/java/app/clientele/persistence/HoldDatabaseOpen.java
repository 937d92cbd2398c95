package app.clientele.persistence;

import app.clientele.domain.Client;
import java.nio.file.Path;
import java.time.Clock;

/** A second process for tests: opens a data folder's database, saves a client, and holds it open until stdin closes. */
public final class HoldDatabaseOpen {
    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.open(Path.of(args[0]))) {
            new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).create(Client.named("Held open"));
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the test to close our stdin.
            }
        }
    }
}
