package app.clientele.app;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.FollowUpRepository;
import app.clientele.domain.InsightsRepository;
import app.clientele.domain.InteractionRepository;
import app.clientele.domain.KeepInTouchRepository;
import app.clientele.domain.SavedSegmentRepository;
import app.clientele.i18n.Texts;
import app.clientele.domain.BackupStore;
import app.clientele.domain.PasswordProtection;
import app.clientele.persistence.Backups;
import app.clientele.persistence.PasswordChange;
import app.clientele.persistence.Database;
import app.clientele.persistence.Encryption;
import app.clientele.persistence.WrongPasswordException;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiFollowUpRepository;
import app.clientele.persistence.JdbiInsightsRepository;
import app.clientele.persistence.JdbiInteractionRepository;
import app.clientele.persistence.JdbiKeepInTouchRepository;
import app.clientele.persistence.JdbiSavedSegmentRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

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
    private final Backups backups;
    private final PasswordChange password;
    private final InteractionRepository interactions;
    private final FollowUpRepository followUps;
    private final KeepInTouchRepository keepInTouch;
    private final InsightsRepository insights;
    private final SavedSegmentRepository segments;

    private AppContext(Path dataFolder, Preferences preferences, Texts texts, Clock clock, Database database) {
        this.dataFolder = dataFolder;
        this.preferences = preferences;
        this.texts = texts;
        this.clock = clock;
        this.database = database;
        this.clients = new JdbiClientRepository(database.jdbi(), clock);
        this.backups = new Backups(database, clock);
        this.password = new PasswordChange(database);
        this.interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        this.followUps = new JdbiFollowUpRepository(database.jdbi(), clock);
        this.keepInTouch = new JdbiKeepInTouchRepository(database.jdbi());
        this.insights = new JdbiInsightsRepository(database.jdbi());
        this.segments = new JdbiSavedSegmentRepository(database.jdbi(), clock);
    }

    /** Asks the user for the database password; null means they gave up. */
    @FunctionalInterface
    public interface PasswordPrompt {
        /** @param again true when the previous password was wrong */
        char[] ask(boolean again);
    }

    /** A prompt for folders known not to be encrypted (tests, first start). */
    public static final PasswordPrompt NO_PASSWORD = again -> null;

    /** Opens the data folder (creating it on first use) with the user's saved preferences. */
    public static AppContext open(Path dataFolder, PasswordPrompt passwords) {
        Preferences preferences = Preferences.load(dataFolder);
        return open(dataFolder, preferences, new Texts(preferences.locale()), Clock.systemDefaultZone(), passwords);
    }

    public static AppContext open(Path dataFolder, Preferences preferences, Texts texts, Clock clock) {
        return open(dataFolder, preferences, texts, clock, NO_PASSWORD);
    }

    public static AppContext open(Path dataFolder, Preferences preferences, Texts texts, Clock clock,
                                  PasswordPrompt passwords) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new ClienteleException(e, "error.dataFolder", dataFolder.toString());
        }
        return new AppContext(dataFolder, preferences, texts, clock, openDatabase(dataFolder, passwords));
    }

    /** Opens the database, asking for the password again and again while it is wrong. */
    private static Database openDatabase(Path dataFolder, PasswordPrompt passwords) {
        if (!Encryption.isEncrypted(dataFolder)) {
            return Database.open(dataFolder);
        }
        Encryption encryption = Encryption.of(dataFolder)
                .orElseThrow(() -> new ClienteleException("error.database.noEncryptionSettings", dataFolder.toString()));
        boolean again = false;
        while (true) {
            char[] password = passwords.ask(again);
            if (password == null) {
                throw new ClienteleException("error.database.passwordNeeded");
            }
            try {
                return Database.open(dataFolder, encryption.key(password));
            } catch (WrongPasswordException wrong) {
                again = true;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    public Path dataFolder() { return dataFolder; }
    public Preferences preferences() { return preferences; }
    public Texts texts() { return texts; }
    public Clock clock() { return clock; }
    public Database database() { return database; }
    public ClientRepository clients() { return clients; }
    public BackupStore backups() { return backups; }
    public PasswordProtection password() { return password; }
    public InteractionRepository interactions() { return interactions; }
    public FollowUpRepository followUps() { return followUps; }
    public KeepInTouchRepository keepInTouch() { return keepInTouch; }
    public InsightsRepository insights() { return insights; }
    public SavedSegmentRepository segments() { return segments; }

    @Override
    public void close() {
        database.close();
    }
}
