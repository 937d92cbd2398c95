package app.clientele.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's data lives: {@code --data DIR} first, then the {@code CLIENTELE_HOME}
 * environment variable, then the operating system's usual folder for application data.
 */
public final class DataFolder {
    public static final String ENVIRONMENT_VARIABLE = "CLIENTELE_HOME";

    private DataFolder() {
    }

    public static Path resolve(String dataOption) {
        return resolve(dataOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path resolve(String dataOption, Map<String, String> environment, String osName, String userHome) {
        if (dataOption != null && !dataOption.isBlank()) {
            return Path.of(dataOption).toAbsolutePath();
        }
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Clientele");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Clientele");
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() ? Path.of(xdgDataHome) : Path.of(userHome, ".local", "share");
        return base.resolve("clientele");
    }
}
