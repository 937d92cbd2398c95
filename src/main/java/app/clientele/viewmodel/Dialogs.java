package app.clientele.viewmodel;

/** The questions and messages a view-model needs the user to see, without knowing any window. */
public interface Dialogs {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Asks what to do with unsaved changes to the named client before they would be lost. */
    UnsavedChoice askToSaveChanges(String clientName);

    /** Asks the user to confirm something that cannot be undone; true means go ahead. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Shows a problem in plain words. The text is already in the user's language. */
    void showError(String message);

    /** Tells the user that long work finished, and how. The text is already in the user's language. */
    void showInfo(String message);
}
