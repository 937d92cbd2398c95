package app.clientele.viewmodel;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one thing the user can undo right now (Edit ▸ Undo, Ctrl+Z): the last delete, archive or
 * merge. A newer undoable action replaces the older one.
 */
public final class UndoHistory {
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
    private Runnable undo;

    /** Remembers how to undo what was just done; {@code description} names it for the menu. */
    public void offer(String what, Runnable howToUndo) {
        description.set(what);
        undo = howToUndo;
    }

    /** Undoes the last action, once. */
    public void undo() {
        Runnable pending = undo;
        forget();
        if (pending != null) {
            pending.run();
        }
    }

    public void forget() {
        undo = null;
        description.set(null);
    }

    /** What Undo would undo, or null when there is nothing. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }
}
