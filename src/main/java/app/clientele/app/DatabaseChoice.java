package app.clientele.app;

import app.clientele.domain.SharedDatabase;
import java.util.Optional;

/**
 * Which database Clientele works on: {@code --db jdbc:postgresql://HOST:PORT/DB --db-user NAME}
 * first ({@code --db local} for the data folder's own file), then the shared database chosen in
 * the settings; without either, the H2 file in the data folder.
 */
final class DatabaseChoice {
    static final String LOCAL = "local";

    private DatabaseChoice() {
    }

    /** The shared database to open, or empty for the data folder's own file. */
    static Optional<SharedDatabase> of(CommandLine commandLine, Preferences preferences) {
        String url = commandLine.option("db");
        if (url == null) {
            return preferences.sharedDatabase();
        }
        if (url.strip().equalsIgnoreCase(LOCAL)) {
            return Optional.empty();
        }
        String user = commandLine.option("db-user");
        return Optional.of(new SharedDatabase(url, user != null ? user : System.getProperty("user.name")));
    }
}
