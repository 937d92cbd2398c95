package app.clientele.testutil;

import app.clientele.domain.BackupFile;
import app.clientele.viewmodel.Dialogs;
import java.nio.file.Path;
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
    private final Deque<ConflictChoice> conflictAnswers = new ArrayDeque<>();
    private final Deque<Optional<LocalDate>> dateAnswers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final Deque<char[]> passwords = new ArrayDeque<>();
    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<Optional<String>> texts = new ArrayDeque<>();

    public ScriptedDialogs answerUnsaved(UnsavedChoice choice) {
        unsavedAnswers.add(choice);
        return this;
    }

    /** The next password asked for (new or existing); null stands for Cancel. */
    public ScriptedDialogs answerPassword(String password) {
        passwords.add(password == null ? new char[0] : password.toCharArray());
        return this;
    }

    /** The next file chosen (to save, to open, or as the backup to restore); null stands for Cancel. */
    public ScriptedDialogs answerFile(Path file) {
        files.add(Optional.ofNullable(file));
        return this;
    }

    /** The text typed next (a name, say); null stands for Cancel. */
    public ScriptedDialogs answerText(String text) {
        texts.add(Optional.ofNullable(text));
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

    public ScriptedDialogs answerConflict(ConflictChoice choice) {
        conflictAnswers.add(choice);
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
    public ConflictChoice askAboutConflict(String message) {
        asked.add("conflict:" + message);
        if (conflictAnswers.isEmpty()) {
            throw new AssertionError("unexpected conflict: " + message);
        }
        return conflictAnswers.removeFirst();
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
    public Optional<String> askText(String title, String prompt, String initial) {
        asked.add("text:" + title + ":" + initial);
        if (texts.isEmpty()) {
            throw new AssertionError("unexpected text question: " + title);
        }
        return texts.removeFirst();
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }

    @Override
    public char[] askPassword(String message) {
        asked.add("password:" + message);
        return nextPassword();
    }

    @Override
    public char[] askNewPassword() {
        asked.add("newPassword");
        return nextPassword();
    }

    private char[] nextPassword() {
        if (passwords.isEmpty()) {
            throw new AssertionError("unexpected password question");
        }
        char[] answer = passwords.removeFirst();
        return answer.length == 0 ? null : answer;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        asked.add("save:" + suggestedName);
        return nextFile();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extension) {
        asked.add("open:" + title);
        return nextFile();
    }

    @Override
    public Optional<Path> chooseBackup(List<BackupFile> backups) {
        asked.add("backup:" + backups.size());
        return nextFile();
    }

    private Optional<Path> nextFile() {
        if (files.isEmpty()) {
            throw new AssertionError("unexpected file question");
        }
        return files.removeFirst();
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
