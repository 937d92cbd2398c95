package app.clientele.viewmodel.interactions;

import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs a view-model's work in the background, marks it busy meanwhile, and shows failures as sentences. */
public final class BusyRunner {
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public BusyRunner(TaskRunner tasks, Dialogs dialogs, Texts texts) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
    }

    public <T> void run(String titleKey, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        tasks.run(texts.get(titleKey), work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            if (!(failure instanceof CancellationException)) {
                dialogs.showError(ErrorMessages.describe(failure, texts));
            }
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
