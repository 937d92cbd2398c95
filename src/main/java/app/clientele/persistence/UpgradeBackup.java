package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the data as it was before a newer Clientele upgrades it: writes
 * {@code backups/before-upgrade-v<old version>-<UTC time>.zip} in the data folder, so a failed or
 * regretted upgrade loses nothing. H2's {@code BACKUP TO} writes a transactionally consistent zip
 * of the open database file; unzipped into a data folder, it opens with the previous Clientele.
 */
final class UpgradeBackup implements Migrations.BeforeUpgrade {
    static final String FOLDER_NAME = "backups";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dataFolder;
    private final Clock clock;

    UpgradeBackup(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    @Override
    public void run(Handle handle, int fromVersion) {
        Path folder = dataFolder.resolve(FOLDER_NAME);
        Path file = folder.resolve("before-upgrade-v" + fromVersion + "-" + TIME.format(clock.instant()) + ".zip");
        try {
            Files.createDirectories(folder);
            handle.createUpdate("BACKUP TO :file").bind("file", file.toString()).execute();
        } catch (IOException | RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ClienteleException(e, "error.database.upgradeBackup", file.toString(), detail);
        }
    }
}
