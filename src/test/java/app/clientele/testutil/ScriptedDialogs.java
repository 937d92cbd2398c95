package app.clientele.testutil;

import app.clientele.viewmodel.Dialogs;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the view-models' questions from a script and records every question and error shown. */
public final class ScriptedDialogs implements Dialogs {
    private final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<RemoveChoice> removeAnswers = new ArrayDeque<>();
    private final Deque<Optional<LocalDate>> dateAnswers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    public ScriptedDialogs answerUnsaved(UnsavedChoice choice) {
        unsavedAnswers.add(choice);
        return this;
    }

    public ScriptedDialogs answerConfirm(boolean answer) {
        confirmAnswers.add(answer);
        return this;
    }

    public ScriptedDialogs answerRemove(RemoveChoice choice) {
        removeAnswers.add(choice);
        return this;
    }

    /** The day the user picks next; null means they cancel. */
    public ScriptedDialogs answerDate(LocalDate day) {
        dateAnswers.add(Optional.ofNullable(day));
        return this;
    }

    @Override
    public UnsavedChoice askToSaveChanges(String clientName) {
        asked.add("unsaved:" + clientName);
        if (unsavedAnswers.isEmpty()) {
            throw new AssertionError("unexpected question about unsaved changes to " + clientName);
        }
        return unsavedAnswers.removeFirst();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add("confirm:" + title);
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("unexpected confirmation: " + title);
        }
        return confirmAnswers.removeFirst();
    }

    @Override
    public RemoveChoice askToRemoveClient(String clientName) {
        asked.add("remove:" + clientName);
        if (removeAnswers.isEmpty()) {
            throw new AssertionError("unexpected question about removing " + clientName);
        }
        return removeAnswers.removeFirst();
    }

    @Override
    public Optional<LocalDate> askDate(String title, LocalDate initial) {
        asked.add("date:" + title + ":" + initial);
        if (dateAnswers.isEmpty()) {
            throw new AssertionError("unexpected date question: " + title);
        }
        return dateAnswers.removeFirst();
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    public List<String> asked() {
        return asked;
    }

    public List<String> errors() {
        return errors;
    }
}
