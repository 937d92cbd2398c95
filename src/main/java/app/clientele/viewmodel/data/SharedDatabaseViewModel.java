package app.clientele.viewmodel.data;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.DataCopy;
import app.clientele.domain.SharedDatabase;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Shared database settings: where the firm's PostgreSQL database is and who logs in to it,
 * a connection test before anything is saved (the password is only used, never stored), going
 * back to this computer's own file, and the two one-step copies between the two.
 */
public final class SharedDatabaseViewModel {

    /** What the app does with the choice; a new choice takes effect when Clientele starts again. */
    public interface Choice {
        /** The shared database the settings name, if any. */
        Optional<SharedDatabase> chosen();

        /** The shared database open now, or empty while working on this computer's file. */
        Optional<SharedDatabase> current();

        /** Connects once and disconnects, or throws saying why it could not. */
        void test(SharedDatabase database, char[] password);

        /** Remembers the database for the next start; null for this computer's own file. */
        void choose(SharedDatabase database);
    }

    private final Choice choice;
    private final DataCopy copies;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final BusyRunner runner;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(SharedDatabase.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("clientele");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper copying = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding valid;
    private final StringBinding title;

    public SharedDatabaseViewModel(Choice choice, DataCopy copies, TaskRunner tasks, Dialogs dialogs, Texts texts) {
        this.choice = choice;
        this.copies = copies;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        valid = Bindings.createBooleanBinding(() -> !host.get().isBlank() && !database.get().isBlank()
                && !user.get().isBlank() && port.get().strip().matches("\\d{1,5}"), host, port, database, user);
        title = Bindings.createStringBinding(() -> texts.get("shared.settings.title"));
        host.addListener((observable, before, after) -> status.set(""));
    }

    /** Shows the form with the database the settings name (or the one open now). */
    public void open() {
        Optional<SharedDatabase> known = choice.chosen().or(choice::current);
        known.ifPresent(shared -> {
            host.set(shared.host());
            port.set(Integer.toString(shared.port()));
            database.set(shared.database());
            user.set(shared.user());
        });
        password.set("");
        status.set(choice.current().map(shared -> texts.get("shared.settings.workingOn", shared.describe()))
                .orElse(texts.get("shared.settings.workingLocally")));
        showing.set(true);
    }

    /** Connects once with what the form says, and says whether it worked. */
    public void testConnection() {
        withDatabase(shared -> {
            char[] secret = password.get().toCharArray();
            runner.run("task.testConnection", progress -> {
                try {
                    choice.test(shared, secret);
                } finally {
                    Arrays.fill(secret, '\0');
                }
                return shared;
            }, tested -> status.set(texts.get("shared.settings.connected", tested.describe())));
        });
    }

    /** Tests the connection, then remembers the database for the next start. */
    public void save() {
        withDatabase(shared -> {
            char[] secret = password.get().toCharArray();
            runner.run("task.testConnection", progress -> {
                try {
                    choice.test(shared, secret);
                } finally {
                    Arrays.fill(secret, '\0');
                }
                return shared;
            }, tested -> {
                choice.choose(tested);
                close();
                dialogs.showInfo(texts.get("shared.settings.saved", tested.describe()));
            });
        });
    }

    /** Forgets the shared database: the next start opens this computer's own file. */
    public void useThisComputer() {
        choice.choose(null);
        close();
        dialogs.showInfo(texts.get("shared.settings.savedLocal"));
    }

    /** Copies this computer's data into the (empty) shared database the form names. */
    public void copyToShared() {
        withDatabase(shared -> {
            if (!dialogs.confirm(texts.get("shared.copyUp.title"), texts.get("shared.copyUp.message",
                    shared.describe()), texts.get("shared.copyUp.confirm"))) {
                return;
            }
            char[] secret = password.get().toCharArray();
            copy(progress -> {
                try {
                    return copies.toSharedDatabase(shared, secret, adapt(progress));
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }, shared.describe());
        });
    }

    /** Copies the shared database open now into this computer's file, replacing (after a backup) what it holds. */
    public void copyToThisComputer() {
        if (!dialogs.confirm(texts.get("shared.copyDown.title"), texts.get("shared.copyDown.message"),
                texts.get("shared.copyDown.confirm"))) {
            return;
        }
        copy(progress -> copies.toThisComputer(true, adapt(progress)), texts.get("shared.copyDown.where"));
    }

    private void copy(TaskRunner.Work<DataCopy.Report> work, String where) {
        copying.set(true);
        tasks.run(texts.get("task.copyData"), work, report -> {
            copying.set(false);
            dialogs.showInfo(texts.get("copy.done", where, report.rows("client"), report.rows("interaction"),
                    report.rows("follow_up"), report.total()));
        }, failure -> {
            copying.set(false);
            dialogs.showError(ErrorMessages.describe(failure, texts));
        });
    }

    private static DataCopy.Progress adapt(TaskRunner.Progress progress) {
        return new DataCopy.Progress() {
            @Override
            public void update(long done, long total) {
                progress.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    public void cancel() {
        close();
    }

    private void close() {
        password.set("");
        showing.set(false);
    }

    /** Runs {@code then} with the database the form names, or says what in the form is wrong. */
    private void withDatabase(java.util.function.Consumer<SharedDatabase> then) {
        SharedDatabase shared;
        try {
            shared = SharedDatabase.of(host.get(), Integer.parseInt(port.get().strip()), database.get(),
                    Strings.trimToEmpty(user.get()));
        } catch (NumberFormatException notANumber) {
            dialogs.showError(texts.get("shared.error.port", port.get()));
            return;
        } catch (ClienteleException wrong) {
            dialogs.showError(ErrorMessages.describe(wrong, texts));
            return;
        }
        then.accept(shared);
    }

    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
    public ReadOnlyBooleanProperty copyingProperty() { return copying.getReadOnlyProperty(); }
    public BooleanBinding validProperty() { return valid; }
    public StringBinding titleProperty() { return title; }
    /** Copying up is for a Clientele working on this computer's file; copying down for one on the shared database. */
    public boolean isWorkingLocally() { return choice.current().isEmpty(); }
}
