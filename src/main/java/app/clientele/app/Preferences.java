package app.clientele.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.SharedDatabase;
import app.clientele.domain.Strings;
import app.clientele.view.Theme;

/**
 * The user's interface preferences (language, theme), their name, and which database to work on,
 * kept in {@code preferences.properties} in the data folder. They are read before the database
 * opens, so messages at start-up are already in the right language.
 */
public final class Preferences {
    public static final String FILE_NAME = "preferences.properties";

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    public static Preferences load(Path dataFolder) {
        Preferences preferences = new Preferences(dataFolder.resolve(FILE_NAME));
        if (Files.isRegularFile(preferences.file)) {
            try (Reader reader = Files.newBufferedReader(preferences.file, StandardCharsets.UTF_8)) {
                preferences.values.load(reader);
            } catch (IOException | IllegalArgumentException unreadable) {
                // A damaged preferences file must not stop the app: the defaults apply.
                preferences.values.clear();
            }
        }
        return preferences;
    }

    /** "system", "en" or "ko". */
    public String language() {
        return values.getProperty("language", "system");
    }

    public void setLanguage(String language) {
        values.setProperty("language", language);
    }

    /** The locale the interface uses: the chosen language, or the system's. */
    public Locale locale() {
        return switch (language()) {
            case "en" -> Locale.ENGLISH;
            case "ko" -> Locale.KOREAN;
            default -> Locale.getDefault();
        };
    }

    public Theme theme() {
        try {
            return Theme.valueOf(values.getProperty("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException unknown) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        values.setProperty("theme", theme.name());
    }

    /** Whether reminder notifications (birthdays, cards, overdue follow-ups) pop up on this computer. */
    public boolean notifications() {
        return !"false".equals(values.getProperty("notifications"));
    }

    public void setNotifications(boolean on) {
        values.setProperty("notifications", Boolean.toString(on));
    }

    /** The firm's shared database chosen in the settings, if any (never its password). */
    public Optional<SharedDatabase> sharedDatabase() {
        String url = values.getProperty("database.url");
        String user = values.getProperty("database.user");
        if (url == null || user == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SharedDatabase(url, user));
        } catch (ClienteleException damaged) {
            // A damaged setting must not stop the app: the data folder's own database opens instead.
            return Optional.empty();
        }
    }

    /** Chooses the shared database, or the data folder's own file when null. */
    public void setSharedDatabase(SharedDatabase shared) {
        if (shared == null) {
            values.remove("database.url");
            values.remove("database.user");
        } else {
            values.setProperty("database.url", shared.url());
            values.setProperty("database.user", shared.user());
        }
    }

    /** The user's name as colleagues see it next to their changes; null until chosen. */
    public String userName() {
        return Strings.blankToNull(values.getProperty("user.name"));
    }

    public void setUserName(String name) {
        values.setProperty("user.name", Strings.trimToEmpty(name));
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(writer, "Clientele preferences");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
