package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Keeps the data as it was before a newer Clientele upgrades it: writes a verified backup
 * {@code backups/before-upgrade-v<old version>-<UTC time>.zip} in the data folder, so a failed or
 * regretted upgrade loses nothing. If it cannot be written, the upgrade does not happen.
 */
final class UpgradeBackup implements Migrations.BeforeUpgrade {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Backups backups;

    UpgradeBackup(Backups backups) {
        this.backups = backups;
    }

    @Override
    public void run(int fromVersion) {
        Path file = backups.folder().resolve("before-upgrade-v" + fromVersion + "-" + TIME.format(backups.now()) + ".zip");
        try {
            backups.backUpTo(file);
        } catch (RuntimeException e) {
            throw new ClienteleException(e, "error.database.upgradeBackup", file.toString(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
