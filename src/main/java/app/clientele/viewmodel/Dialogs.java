package app.clientele.viewmodel;

import java.time.LocalDate;
import java.util.Optional;

/** The questions and messages a view-model needs the user to see, without knowing any window. */
public interface Dialogs {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** What to do with a client the user asked to delete: archive keeps the history. */
    enum RemoveChoice { ARCHIVE, DELETE, CANCEL }

    /** Asks what to do with unsaved changes to the named client before they would be lost. */
    UnsavedChoice askToSaveChanges(String clientName);

    /** Asks the user to confirm something that cannot be undone; true means go ahead. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks whether to archive the named client (the default) or delete them and their history. */
    RemoveChoice askToRemoveClient(String clientName);

    /** Asks for a day, starting from {@code initial}; empty when the user cancels. */
    Optional<LocalDate> askDate(String title, LocalDate initial);

    /** Shows a problem in plain words. The text is already in the user's language. */
    void showError(String message);
}
