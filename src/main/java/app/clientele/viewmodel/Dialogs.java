package app.clientele.viewmodel;

import app.clientele.domain.BackupFile;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;

/** The questions and messages a view-model needs the user to see, without knowing any window. */
public interface Dialogs {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** What to do with a client the user asked to delete: archive keeps the history. */
    enum RemoveChoice { ARCHIVE, DELETE, CANCEL }

    /** What to do when someone else saved a record the user was editing. */
    enum ConflictChoice { RELOAD, OVERWRITE, KEEP_EDITING }

    /** Asks what to do with unsaved changes to the named client before they would be lost. */
    UnsavedChoice askToSaveChanges(String clientName);

    /** Asks the user to confirm something that cannot be undone; true means go ahead. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks whether to archive the named client (the default) or delete them and their history. */
    RemoveChoice askToRemoveClient(String clientName);

    /**
     * Someone else saved what the user is editing; {@code message} says who, when and what they
     * changed. Reload their version, overwrite it with the user's, or keep editing.
     */
    ConflictChoice askAboutConflict(String message);

    /** Asks for a day, starting from {@code initial}; empty when the user cancels. */
    Optional<LocalDate> askDate(String title, LocalDate initial);

    /** Asks for a short text such as a name, starting from {@code initial}; empty when the user cancels. */
    Optional<String> askText(String title, String prompt, String initial);

    /** Shows a problem in plain words. The text is already in the user's language. */
    void showError(String message);

    /** Tells the user something went well, in their language. */
    void showInfo(String message);

    /** Asks for a password; null when the user cancels. The caller clears the array after use. */
    char[] askPassword(String message);

    /** Asks for a new password, typed twice to rule out typos; null when the user cancels. */
    char[] askNewPassword();

    /** Asks where to save a file, suggesting a name; empty when the user cancels. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String extension);

    /** Asks which file to open; empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, String extension);

    /** Lets the user pick one of the backups, or another file; empty when the user cancels. */
    Optional<Path> chooseBackup(List<BackupFile> backups);
}
