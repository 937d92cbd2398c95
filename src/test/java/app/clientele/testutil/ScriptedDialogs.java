package app.clientele.testutil;

import app.clientele.viewmodel.Dialogs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Answers the view-models' questions from a script and records every question and error shown. */
public final class ScriptedDialogs implements Dialogs {
    private final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    public ScriptedDialogs answerUnsaved(UnsavedChoice choice) {
        unsavedAnswers.add(choice);
        return this;
    }

    public ScriptedDialogs answerConfirm(boolean answer) {
        confirmAnswers.add(answer);
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
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }

    public List<String> infos() {
        return infos;
    }

    public List<String> asked() {
        return asked;
    }

    public List<String> errors() {
        return errors;
    }
}
