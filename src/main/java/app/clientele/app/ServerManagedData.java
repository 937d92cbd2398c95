package app.clientele.app;

import app.clientele.domain.BackupFile;
import app.clientele.domain.BackupPreview;
import app.clientele.domain.BackupStore;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.PasswordProtection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Backups and encryption of a shared database: they are the server administrator's job (the
 * database is not a file on this computer), so there is nothing to back up on exit or to check,
 * and the menu items that would do more are disabled with an explanation.
 */
final class ServerManagedData implements BackupStore, PasswordProtection {
    static final ServerManagedData INSTANCE = new ServerManagedData();

    private ServerManagedData() {
    }

    @Override
    public List<BackupFile> list() {
        return List.of();
    }

    @Override
    public Path backUpTo(Path target) {
        throw notHere();
    }

    @Override
    public Optional<Path> backUpIfDue() {
        return Optional.empty();
    }

    @Override
    public boolean needsPassword(Path backup) {
        throw notHere();
    }

    @Override
    public BackupPreview preview(Path backup, char[] password) {
        throw notHere();
    }

    @Override
    public Path restore(Path backup, char[] password) {
        throw notHere();
    }

    @Override
    public boolean isDatabaseFileMissing() {
        return false;
    }

    @Override
    public Optional<Path> rescueIfMissing() {
        return Optional.empty();
    }

    @Override
    public boolean isEnabled() {
        return false;
    }

    @Override
    public void change(char[] newPassword) {
        throw notHere();
    }

    private static ClienteleException notHere() {
        return new ClienteleException("shared.adminJob");
    }
}
