package app.clientele.viewmodel.data;

import app.clientele.domain.BackupPreview;
import app.clientele.domain.BackupStore;
import app.clientele.domain.PasswordProtection;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Keeping the data safe: backups now and on exit, restoring a backup after a preview, and the
 * password that encrypts the database file.
 */
public final class DataSafetyViewModel {
    private final BackupStore backups;
    private final PasswordProtection password;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Clock clock;
    private final Runnable afterRestore;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyStringWrapper sharedDatabase =
            new javafx.beans.property.ReadOnlyStringWrapper();

    public DataSafetyViewModel(BackupStore backups, PasswordProtection password, TaskRunner tasks, Dialogs dialogs,
                               Texts texts, Clock clock, Runnable afterRestore) {
        this.backups = backups;
        this.password = password;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.clock = clock;
        this.afterRestore = afterRestore;
        encrypted.set(password.isEnabled());
    }

    /**
     * Says that the data lives in a firm's shared database ({@code where}): its backups, restores
     * and encryption are the server administrator's job, and the menu items say so when chosen.
     */
    public void workOnSharedDatabase(String where) {
        sharedDatabase.set(where);
    }

    /** Tells the user why a file-only action does nothing on a shared database; true when it does not apply. */
    private boolean isServersJob() {
        if (sharedDatabase.get() == null) {
            return false;
        }
        dialogs.showInfo(texts.get("shared.adminJob"));
        return true;
    }

    /** Writes a backup to a file the user chooses. */
    public void backUpNow() {
        if (isServersJob()) {
            return;
        }
        String suggested = "clientele-backup-" + LocalDate.now(clock) + ".zip";
        dialogs.chooseFileToSave(texts.get("backup.choose"), suggested, "*.zip").ifPresent(target ->
                run("task.backup", progress -> backups.backUpTo(target),
                        written -> dialogs.showInfo(texts.get("backup.done", written.toString()))));
    }

    /** Makes the daily automatic backup if it is due, then runs {@code then} whatever happened. */
    public void backUpOnExit(Runnable then) {
        tasks.run(texts.get("task.backup"), progress -> backups.backUpIfDue(), made -> then.run(), failure -> {
            dialogs.showError(texts.get("backup.onExitFailed", ErrorMessages.describe(failure, texts)));
            then.run();
        });
    }

    /** Replaces everything with a backup the user picks, after showing what it holds. */
    public void restore() {
        if (isServersJob()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseBackup(backups.list());
        if (chosen.isEmpty()) {
            return;
        }
        Path backup = chosen.get();
        run("task.readBackup", progress -> backups.needsPassword(backup), needsPassword -> {
            char[] backupPassword = needsPassword ? dialogs.askPassword(texts.get("restore.password")) : null;
            if (needsPassword && backupPassword == null) {
                return;
            }
            run("task.readBackup", progress -> backups.preview(backup, backupPassword),
                    preview -> confirmRestore(backup, backupPassword, preview));
        });
    }

    private void confirmRestore(Path backup, char[] backupPassword, BackupPreview preview) {
        if (!dialogs.confirm(texts.get("restore.title"), describe(preview), texts.get("restore.confirm"))) {
            clear(backupPassword);
            return;
        }
        run("task.restore", progress -> backups.restore(backup, backupPassword), safety -> {
            clear(backupPassword);
            afterRestore.run();
            encrypted.set(password.isEnabled());
            dialogs.showInfo(texts.get("restore.done", safety.toString()));
        });
    }

    private String describe(BackupPreview preview) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).format(preview.takenAt());
        return texts.get("restore.preview", when, preview.count("client"), preview.count("interaction"),
                preview.count("follow_up"));
    }

    /**
     * Checks that the database file is still on disk; if something deleted it while Clientele was
     * open, writes it back and tells the user.
     */
    public void checkDatabaseFile() {
        if (!backups.isDatabaseFileMissing()) {
            return;
        }
        run("task.checkFile", progress -> backups.rescueIfMissing(), rescued -> rescued.ifPresent(copy ->
                dialogs.showError(texts.get("rescue.done", copy.toString()))));
    }

    /** Encrypts the database with a new password (or changes the one it has). */
    public void setPassword() {
        if (isServersJob()) {
            return;
        }
        char[] newPassword = dialogs.askNewPassword();
        if (newPassword == null) {
            return;
        }
        run("task.encrypt", progress -> {
            password.change(newPassword);
            return true;
        }, done -> {
            clear(newPassword);
            encrypted.set(true);
            dialogs.showInfo(texts.get("password.set"));
        });
    }

    /** Stores the database without encryption again, after the user confirms. */
    public void removePassword() {
        if (isServersJob()) {
            return;
        }
        if (!dialogs.confirm(texts.get("password.remove.title"), texts.get("password.remove.message"),
                texts.get("password.remove.confirm"))) {
            return;
        }
        run("task.decrypt", progress -> {
            password.change(null);
            return true;
        }, done -> {
            encrypted.set(false);
            dialogs.showInfo(texts.get("password.removed"));
        });
    }

    /** The shared database's description, or null while the data is this computer's file. */
    public javafx.beans.property.ReadOnlyStringProperty sharedDatabaseProperty() {
        return sharedDatabase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    private <T> void run(String titleKey, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        tasks.run(texts.get(titleKey), work, onSuccess::accept, failure -> {
            if (!(failure instanceof CancellationException)) {
                dialogs.showError(ErrorMessages.describe(failure, texts));
            }
        });
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
