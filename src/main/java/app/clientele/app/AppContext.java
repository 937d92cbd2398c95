package app.clientele.app;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.FollowUpRepository;
import app.clientele.domain.InteractionRepository;
import app.clientele.domain.KeepInTouchRepository;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiFollowUpRepository;
import app.clientele.persistence.JdbiInteractionRepository;
import app.clientele.persistence.JdbiKeepInTouchRepository;
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
    private final InteractionRepository interactions;
    private final FollowUpRepository followUps;
    private final KeepInTouchRepository keepInTouch;

    private AppContext(Path dataFolder, Preferences preferences, Texts texts, Clock clock, Database database) {
        this.dataFolder = dataFolder;
        this.preferences = preferences;
        this.texts = texts;
        this.clock = clock;
        this.database = database;
        this.clients = new JdbiClientRepository(database.jdbi(), clock);
        this.interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        this.followUps = new JdbiFollowUpRepository(database.jdbi(), clock);
        this.keepInTouch = new JdbiKeepInTouchRepository(database.jdbi());
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
    public InteractionRepository interactions() { return interactions; }
    public FollowUpRepository followUps() { return followUps; }
    public KeepInTouchRepository keepInTouch() { return keepInTouch; }

    @Override
    public void close() {
        database.close();
    }
}
