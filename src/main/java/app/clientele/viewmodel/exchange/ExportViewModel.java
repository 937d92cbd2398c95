package app.clientele.viewmodel.exchange;

import app.clientele.domain.ClientSummary;
import app.clientele.exchange.ExportFormat;
import app.clientele.exchange.Exporter;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The Export dialog: which clients (the list as filtered now, or the selected rows), in which
 * format, to which file. The export runs in the background with progress and cancel.
 */
public final class ExportViewModel {
    private final Exporter exporter;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final ObservableList<ClientSummary> visible;
    private final ObservableList<ClientSummary> selected;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final BooleanProperty selectionOnly = new SimpleBooleanProperty(false);
    private final StringProperty path = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringBinding visibleText;
    private final StringBinding selectedText;
    private final BooleanBinding canExport;

    /**
     * @param visible  the Clients list as it shows now (search and filters applied), in its order
     * @param selected the rows selected in it
     */
    public ExportViewModel(Exporter exporter, TaskRunner tasks, Dialogs dialogs, Texts texts,
                           ObservableList<ClientSummary> visible, ObservableList<ClientSummary> selected,
                           Supplier<Path> documents) {
        this.exporter = exporter;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.visible = visible;
        this.selected = selected;
        selectionOnly.set(selected.size() > 1);
        path.set(documents.get().resolve(defaultName(format.get())).toString());
        format.addListener((observable, before, after) -> path.set(withExtension(path.get(), after)));
        visibleText = Bindings.createStringBinding(() -> texts.get("export.scope.view", visible.size()), visible);
        selectedText = Bindings.createStringBinding(() -> texts.get("export.scope.selection", selected.size()), selected);
        canExport = Bindings.createBooleanBinding(() -> !running.get() && !path.get().isBlank() && !ids().isEmpty(),
                running, path, selectionOnly, visible, selected);
    }

    private static String defaultName(ExportFormat format) {
        return "clients-" + LocalDate.now() + "." + format.extension();
    }

    private static String withExtension(String path, ExportFormat format) {
        int dot = path.lastIndexOf('.');
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return (dot > slash ? path.substring(0, dot) : path) + "." + format.extension();
    }

    private List<Long> ids() {
        return (selectionOnly.get() ? selected : visible).stream().map(ClientSummary::id).toList();
    }

    /** Writes the file in the background; {@code whenDone} runs after success, failure or cancel. */
    public void export(Runnable whenDone) {
        List<Long> ids = ids();
        Path target = Path.of(path.get().strip());
        ExportFormat chosen = format.get();
        running.set(true);
        tasks.run(texts.get("task.export"), progress -> exporter.export(ids, chosen, target, new TaskProgress(progress)),
                written -> {
                    running.set(false);
                    dialogs.showInfo(texts.get("export.done", written, target.toString()));
                    whenDone.run();
                },
                failure -> {
                    running.set(false);
                    if (!(failure instanceof CancellationException)) {
                        dialogs.showError(ErrorMessages.describe(failure, texts));
                    }
                    whenDone.run();
                });
    }

    public ObjectProperty<ExportFormat> formatProperty() { return format; }
    public BooleanProperty selectionOnlyProperty() { return selectionOnly; }
    public StringProperty pathProperty() { return path; }
    public BooleanProperty runningProperty() { return running; }
    public StringBinding visibleTextProperty() { return visibleText; }
    public StringBinding selectedTextProperty() { return selectedText; }
    public BooleanBinding canExportProperty() { return canExport; }
    public boolean hasSelection() { return !selected.isEmpty(); }
}
