package app.clientele.viewmodel.data;

import app.clientele.domain.Trash;
import app.clientele.domain.TrashEntry;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.clients.ClientsViewModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Trash: deleted clients for 30 days, to restore or delete for good. */
public final class TrashViewModel {
    private final Trash trash;
    private final ClientsViewModel clients;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final ObservableList<TrashEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<TrashEntry> selected = new SimpleObjectProperty<>();
    private final StringBinding summary;

    public TrashViewModel(Trash trash, ClientsViewModel clients, TaskRunner tasks, Dialogs dialogs, Texts texts,
                          Dates dates) {
        this.trash = trash;
        this.clients = clients;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        summary = Bindings.createStringBinding(() -> texts.get("trash.summary", entries.size(),
                Trash.KEEP_FOR.toDays()), entries);
    }

    public void load() {
        run("task.loadTrash", progress -> trash.entries(), entries::setAll);
    }

    /** Deletes for good the clients kept in the trash longer than {@link Trash#KEEP_FOR}. */
    public void purgeExpired() {
        run("task.purgeTrash", progress -> trash.purgeExpired(), purged -> {
            if (purged > 0 && !entries.isEmpty()) {
                load();
            }
        });
    }

    /** Puts the selected client back among the clients, with everything that was theirs. */
    public void restoreSelected() {
        TrashEntry entry = selected.get();
        if (entry != null) {
            entries.remove(entry);
            clients.restoreFromTrash(entry.id());
        }
    }

    /** Deletes the selected client for good, after the user confirms. */
    public void deleteSelected() {
        TrashEntry entry = selected.get();
        if (entry != null && dialogs.confirm(texts.get("trash.delete.title"),
                texts.get("trash.delete.message", entry.displayName()), texts.get("trash.delete.confirm"))) {
            run("task.emptyTrash", progress -> {
                trash.empty(entry.id());
                return entry;
            }, entries::remove);
        }
    }

    /** Deletes everything in the trash for good, after the user confirms. */
    public void emptyTrash() {
        List<TrashEntry> all = List.copyOf(entries);
        if (!all.isEmpty() && dialogs.confirm(texts.get("trash.empty.title"),
                texts.get("trash.empty.message", all.size()), texts.get("trash.empty.confirm"))) {
            run("task.emptyTrash", progress -> {
                all.forEach(entry -> trash.empty(entry.id()));
                return all;
            }, entries::removeAll);
        }
    }

    /** "Deleted 3 days ago · 27 days left" for a row. */
    public String describe(TrashEntry entry) {
        Duration age = Duration.between(entry.deletedAt(), dates.now());
        long left = Math.max(0, Trash.KEEP_FOR.minus(age).toDays());
        return texts.get("trash.entry", dates.dateTime(entry.deletedAt()), left);
    }

    public ObservableList<TrashEntry> entries() {
        return entries;
    }

    public ObjectProperty<TrashEntry> selectedProperty() {
        return selected;
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    private <T> void run(String titleKey, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        tasks.run(texts.get(titleKey), work, onSuccess::accept, failure -> {
            if (!(failure instanceof CancellationException)) {
                dialogs.showError(ErrorMessages.describe(failure, texts));
            }
        });
    }
}
