package app.clientele.app;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.ExchangeRepository;
import app.clientele.domain.MergeRepository;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import app.clientele.persistence.JdbiMergeRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Everything one running Clientele works with, wired by hand: the data folder, preferences,
 * language, the open database and its repositories. The window and the command line share it.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataFolder;
    private final Preferences preferences;
    private final Texts texts;
    private final Clock clock;
    private final Database database;
    private final ClientRepository clients;
    private final ExchangeRepository exchange;
    private final MergeRepository merges;

    private AppContext(Path dataFolder, Preferences preferences, Texts texts, Clock clock, Database database) {
        this.dataFolder = dataFolder;
        this.preferences = preferences;
        this.texts = texts;
        this.clock = clock;
        this.database = database;
        this.clients = new JdbiClientRepository(database.jdbi(), clock);
        this.exchange = new JdbiExchangeRepository(database.jdbi(), clock);
        this.merges = new JdbiMergeRepository(database.jdbi(), clock);
    }

    /** Opens the data folder (creating it on first use) with the user's saved preferences. */
    public static AppContext open(Path dataFolder) {
        Preferences preferences = Preferences.load(dataFolder);
        return open(dataFolder, preferences, new Texts(preferences.locale()), Clock.systemDefaultZone());
    }

    public static AppContext open(Path dataFolder, Preferences preferences, Texts texts, Clock clock) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new ClienteleException(e, "error.dataFolder", dataFolder.toString());
        }
        return new AppContext(dataFolder, preferences, texts, clock, Database.open(dataFolder));
    }

    public Path dataFolder() { return dataFolder; }
    public Preferences preferences() { return preferences; }
    public Texts texts() { return texts; }
    public Clock clock() { return clock; }
    public Database database() { return database; }
    public ClientRepository clients() { return clients; }
    public ExchangeRepository exchange() { return exchange; }
    public MergeRepository merges() { return merges; }

    @Override
    public void close() {
        database.close();
    }
}
