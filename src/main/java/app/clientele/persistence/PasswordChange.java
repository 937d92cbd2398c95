package app.clientele.persistence;

import app.clientele.domain.PasswordProtection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.h2.tools.ChangeFileEncryption;

/**
 * Sets, changes or removes the password of the open database. The file is re-encrypted as a copy
 * beside the original, opened to prove it works, and only then moved over the original in one
 * step: at every moment one valid file is on disk, and no plain copy is left behind.
 */
public final class PasswordChange implements PasswordProtection {
    private final Database database;

    public PasswordChange(Database database) {
        this.database = database;
    }

    @Override
    public boolean isEnabled() {
        return database.isEncrypted();
    }

    @Override
    public void change(char[] newPassword) {
        Path folder = database.folder();
        Encryption settings = Encryption.of(folder).orElseGet(Encryption::fresh);
        DatabaseKey oldKey = database.key();
        DatabaseKey newKey = newPassword == null ? null : settings.key(newPassword);
        settings.writeTo(folder);
        database.whileClosed(newKey, dataFolder -> {
            try (TemporaryFolder work = TemporaryFolder.in(dataFolder)) {
                Files.copy(Database.fileFor(dataFolder), Database.fileFor(work.path()));
                ChangeFileEncryption.execute(work.path().toString(), Database.FILE_BASE_NAME, "AES",
                        oldKey == null ? null : oldKey.filePassword(),
                        newKey == null ? null : newKey.filePassword(), true);
                Database.connect(work.path(), newKey).dispose();
                Files.move(Database.fileFor(work.path()), Database.fileFor(dataFolder),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        });
    }
}
