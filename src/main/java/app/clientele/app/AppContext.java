package app.clientele.app;

import app.clientele.domain.ChangeStamp;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.SharedDatabase;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.ConnectionRepository;
import app.clientele.domain.CustomFieldRepository;
import app.clientele.domain.HouseholdRepository;
import app.clientele.domain.FollowUpRepository;
import app.clientele.domain.InsightsRepository;
import app.clientele.domain.InteractionRepository;
import app.clientele.domain.KeepInTouchRepository;
import app.clientele.domain.ExchangeRepository;
import app.clientele.domain.MergeRepository;
import app.clientele.domain.NewsletterRepository;
import app.clientele.domain.ReminderRepository;
import app.clientele.domain.SavedSegmentRepository;
import app.clientele.i18n.Texts;
import app.clientele.domain.BackupStore;
import app.clientele.domain.PasswordProtection;
import app.clientele.persistence.Backups;
import app.clientele.persistence.PasswordChange;
import app.clientele.persistence.JdbiTrash;
import app.clientele.persistence.JdbiClientDossiers;
import app.clientele.persistence.JdbiBulkHistory;
import app.clientele.domain.BulkHistory;
import app.clientele.domain.ClientDossiers;
import app.clientele.domain.Trash;
import app.clientele.persistence.Database;
import app.clientele.persistence.Encryption;
import app.clientele.persistence.WrongPasswordException;
import app.clientele.persistence.JdbiChangeStamp;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiConnectionRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiHouseholdRepository;
import app.clientele.persistence.JdbiFollowUpRepository;
import app.clientele.persistence.JdbiInsightsRepository;
import app.clientele.persistence.JdbiInteractionRepository;
import app.clientele.persistence.JdbiKeepInTouchRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import app.clientele.persistence.JdbiMergeRepository;
import app.clientele.persistence.JdbiNewsletterRepository;
import app.clientele.persistence.JdbiReminderRepository;
import app.clientele.persistence.JdbiSavedSegmentRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Everything one running Clientele works with, wired by hand: the data folder, preferences,
 * language, the open database (the data folder's own file, or a firm's shared database) and its
 * repositories. The window and the command line share it.
 */
public final class AppContext implements AutoCloseable {
    /** Where scheduled jobs and scripts give the shared database's password; it is never stored. */
    public static final String DB_PASSWORD_VARIABLE = "CLIENTELE_DB_PASSWORD";
    private final Path dataFolder;
    private final Preferences preferences;
    private final Texts texts;
    private final Clock clock;
    private final Database database;
    private final ClientRepository clients;
    private final BackupStore backups;
    private final PasswordProtection password;
    private final ChangeStamp changeStamp;
    private final JdbiTrash trash;
    private final JdbiClientDossiers dossiers;
    private final JdbiBulkHistory bulkHistory;
    private final InteractionRepository interactions;
    private final FollowUpRepository followUps;
    private final KeepInTouchRepository keepInTouch;
    private final ExchangeRepository exchange;
    private final MergeRepository merges;
    private final ReminderRepository reminders;
    private final NewsletterRepository newsletter;
    private final CustomFieldRepository customFields;
    private final ConnectionRepository connections;
    private final HouseholdRepository households;
    private final InsightsRepository insights;
    private final SavedSegmentRepository segments;

    private AppContext(Path dataFolder, Preferences preferences, Texts texts, Clock clock, Database database) {
        this.dataFolder = dataFolder;
        this.preferences = preferences;
        this.texts = texts;
        this.clock = clock;
        this.database = database;
        if (preferences.userName() != null) {
            database.setActingUser(preferences.userName());
        }
        this.clients = new JdbiClientRepository(database.jdbi(), clock);
        this.backups = database.isShared() ? ServerManagedData.INSTANCE : new Backups(database, clock);
        this.password = database.isShared() ? ServerManagedData.INSTANCE : new PasswordChange(database);
        this.changeStamp = new JdbiChangeStamp(database.jdbi());
        this.trash = new JdbiTrash(database.jdbi(), clock);
        this.dossiers = new JdbiClientDossiers(database.jdbi());
        this.bulkHistory = new JdbiBulkHistory(database.jdbi(), clock);
        this.interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        this.followUps = new JdbiFollowUpRepository(database.jdbi(), clock);
        this.keepInTouch = new JdbiKeepInTouchRepository(database.jdbi());
        this.exchange = new JdbiExchangeRepository(database.jdbi(), clock);
        this.merges = new JdbiMergeRepository(database.jdbi(), clock);
        this.reminders = new JdbiReminderRepository(database.jdbi());
        this.newsletter = new JdbiNewsletterRepository(database.jdbi(), clock);
        this.customFields = new JdbiCustomFieldRepository(database.jdbi(), clock);
        this.connections = new JdbiConnectionRepository(database.jdbi());
        this.households = new JdbiHouseholdRepository(database.jdbi(), clock);
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
        if (!Files.isWritable(dataFolder)) {
            throw new ClienteleException("error.dataFolder.readOnly", dataFolder.toString());
        }
        return new AppContext(dataFolder, preferences, texts, clock, openDatabase(dataFolder, passwords));
    }

    /**
     * Connects to a firm's shared database, with the data folder still holding the preferences and
     * logs. The password comes from the {@value #DB_PASSWORD_VARIABLE} environment variable, else
     * from {@code passwords}, asked again while the server refuses it.
     */
    public static AppContext open(Path dataFolder, SharedDatabase shared, Preferences preferences, Texts texts,
                                  Clock clock, PasswordPrompt passwords) {
        return new AppContext(dataFolder, preferences, texts, clock, openShared(shared, passwords));
    }

    private static Database openShared(SharedDatabase shared, PasswordPrompt passwords) {
        String fromEnvironment = System.getenv(DB_PASSWORD_VARIABLE);
        boolean again = false;
        while (true) {
            char[] password = fromEnvironment != null && !again ? fromEnvironment.toCharArray() : passwords.ask(again);
            if (password == null) {
                throw new ClienteleException("shared.error.passwordNeeded", shared.describe());
            }
            try {
                return Database.open(shared, password);
            } catch (WrongPasswordException wrong) {
                again = true;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Opens the database, asking for the password again and again while it is wrong. */
    static Database openDatabase(Path dataFolder, PasswordPrompt passwords) {
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
    /** Whether this is a firm's shared database rather than the data folder's own file. */
    public boolean isShared() { return database.isShared(); }
    public ChangeStamp changeStamp() { return changeStamp; }
    public ClientRepository clients() { return clients; }
    public BackupStore backups() { return backups; }
    public PasswordProtection password() { return password; }
    public Trash trash() { return trash; }
    public ClientDossiers dossiers() { return dossiers; }
    public BulkHistory bulkHistory() { return bulkHistory; }
    public InteractionRepository interactions() { return interactions; }
    public FollowUpRepository followUps() { return followUps; }
    public KeepInTouchRepository keepInTouch() { return keepInTouch; }
    public ExchangeRepository exchange() { return exchange; }
    public MergeRepository merges() { return merges; }
    public ReminderRepository reminders() { return reminders; }
    public NewsletterRepository newsletter() { return newsletter; }
    public CustomFieldRepository customFields() { return customFields; }
    public ConnectionRepository connections() { return connections; }
    public HouseholdRepository households() { return households; }
    public InsightsRepository insights() { return insights; }
    public SavedSegmentRepository segments() { return segments; }

    @Override
    public void close() {
        database.close();
    }
}
