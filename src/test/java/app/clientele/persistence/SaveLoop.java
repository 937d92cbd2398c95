package app.clientele.persistence;

import app.clientele.domain.Client;
import java.nio.file.Path;
import java.time.Clock;

/** A child process for crash tests: saves clients one by one and prints each id once its save is acknowledged. */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(Path.of(args[0]))) {
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            for (int i = 0; ; i++) {
                System.out.println(clients.create(Client.named("Saved " + i)).id());
                System.out.flush();
            }
        }
    }
}
