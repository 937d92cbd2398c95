package app.clientele.viewmodel.exchange;

import app.clientele.exchange.ColumnTarget;
import app.clientele.exchange.ContactField;
import app.clientele.exchange.ContactFileInfo;
import app.clientele.exchange.ContactFiles;
import app.clientele.exchange.ImportRefusedException;
import app.clientele.exchange.Importer;
import app.clientele.exchange.Importer.Action;
import app.clientele.exchange.Importer.DuplicateChoice;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Import dialog: choose a file, say what its columns hold when Clientele does not know its
 * layout, preview what will be created, updated or skipped (and every problem with its line), decide
 * about possible duplicates, then import all of it in one go, in the background.
 */
public final class ImportViewModel {
    public enum Step { CHOOSE, MAP, PREVIEW }

    private final Importer importer;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Runnable afterImport;
    private final StringProperty path = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final ReadOnlyObjectWrapper<ContactFileInfo> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ColumnMapping> columns = FXCollections.observableArrayList();
    private final ObservableList<ColumnTarget> columnChoices = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicateChoice> onDuplicate = new SimpleObjectProperty<>(DuplicateChoice.SKIP);
    private final Map<Integer, DuplicateChoice> choices = new HashMap<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty hasErrors = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canImport;

    /** @param afterImport runs after a successful import, to show the new clients */
    public ImportViewModel(Importer importer, TaskRunner tasks, Dialogs dialogs, Texts texts, Runnable afterImport) {
        this.importer = importer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.afterImport = afterImport;
        onDuplicate.addListener((observable, before, after) -> {
            if (step.get() == Step.PREVIEW) {
                choices.clear();
                preview();
            }
        });
        canImport = Bindings.createBooleanBinding(() -> step.get() == Step.PREVIEW && !busy.get() && !hasErrors.get()
                && rows.stream().anyMatch(row -> row.action() != Action.SKIP), step, busy, hasErrors, rows);
    }

    /** Reads what the file at {@link #pathProperty()} is; then asks for a mapping or shows the preview. */
    public void open() {
        Path chosen = Path.of(path.get().strip());
        run("task.inspectFile", progress -> {
            ContactFileInfo info = ContactFiles.inspect(chosen);
            return new Opened(info, importer.columnChoices(), info.needsMapping() ? importer.guessMapping(info) : List.of());
        }, opened -> {
            ContactFileInfo info = opened.info();
            file.set(info);
            choices.clear();
            if (info.needsMapping()) {
                List<ColumnTarget> guessed = opened.guessed();
                columnChoices.setAll(opened.choices());
                columns.setAll(java.util.stream.IntStream.range(0, guessed.size())
                        .mapToObj(i -> new ColumnMapping(info.header().get(i), guessed.get(i))).toList());
                step.set(Step.MAP);
            } else {
                columns.clear();
                preview();
            }
        });
    }

    /** A file as inspected, with what its columns can hold and what they were guessed to hold. */
    private record Opened(ContactFileInfo info, List<ColumnTarget> choices, List<ColumnTarget> guessed) {
    }

    /** Shows what importing would do, with the current mapping and duplicate choices. */
    public void preview() {
        ContactFileInfo info = file.get();
        Importer.Options options = options();
        run("task.previewImport", progress -> importer.preview(info, options, new TaskProgress(progress)), this::show);
    }

    private Importer.Options options() {
        List<ColumnTarget> mapping = columns.isEmpty() ? null : columns.stream().map(column -> column.field().get()).toList();
        return new Importer.Options(mapping, onDuplicate.get(), choices);
    }

    private void show(Importer.Preview preview) {
        rows.setAll(preview.rows().stream().filter(row -> !row.name().isEmpty()).map(this::row).toList());
        problems.setAll(preview.problems().stream().map(problem -> ProblemMessages.describe(problem, texts)).toList());
        hasErrors.set(preview.hasErrors());
        summary.set(preview.hasErrors() ? texts.get("import.preview.hasErrors")
                : texts.get("import.preview.summary", preview.count(Action.CREATE), preview.count(Action.UPDATE),
                        preview.count(Action.UNCHANGED), preview.count(Action.SKIP)));
        step.set(Step.PREVIEW);
    }

    private PreviewRow row(Importer.Row row) {
        String duplicateOf = !row.duplicate() ? ""
                : row.duplicateOf() != null ? texts.get("import.preview.duplicateOf", row.duplicateOf(), row.matchedBy())
                : texts.get("import.preview.duplicateOfLine", row.duplicateOfLine(), row.matchedBy());
        PreviewRow preview = new PreviewRow(ProblemMessages.where(row.where(), texts), row.name(), row.detail(),
                row.action(), texts.of(row.action()), row.duplicate(), duplicateOf,
                choices.getOrDefault(row.where().position(), onDuplicate.get()));
        preview.choice().addListener((observable, before, after) -> {
            choices.put(row.where().position(), after);
            preview();
        });
        return preview;
    }

    /** Imports the file; {@code whenDone} runs once it has landed (not after a failure or cancel). */
    public void importNow(Runnable whenDone) {
        ContactFileInfo info = file.get();
        Importer.Options options = options();
        run("task.import", progress -> importer.importFile(info, options, new TaskProgress(progress)), result -> {
            dialogs.showInfo(texts.get("import.done", result.created(), result.updated(), result.unchanged(),
                    result.skipped(), info.fileName()));
            afterImport.run();
            whenDone.run();
        });
    }

    /** Back from the preview to the column mapping, or to choosing a file. */
    public void back() {
        step.set(step.get() == Step.PREVIEW && !columns.isEmpty() ? Step.MAP : Step.CHOOSE);
    }

    private <T> void run(String titleKey, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        tasks.run(texts.get(titleKey), work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            if (failure instanceof ImportRefusedException refused) {
                dialogs.showError(texts.get("import.error.refused", refused.fileName()) + "\n"
                        + ProblemMessages.describe(refused.problem(), texts));
            } else if (!(failure instanceof CancellationException)) {
                dialogs.showError(ErrorMessages.describe(failure, texts));
            }
        });
    }

    /** One column of a file in no known layout and the field (Clientele's or the firm's own) the user says it holds. */
    public record ColumnMapping(String columnName, ObjectProperty<ColumnTarget> field) {
        ColumnMapping(String columnName, ColumnTarget guessed) {
            this(columnName, new SimpleObjectProperty<>(guessed));
        }
    }

    /** One contact in the preview; for a possible duplicate, the user's choice about it. */
    public record PreviewRow(String where, String name, String detail, Action action, String actionText,
                             boolean duplicate, String duplicateOf, ObjectProperty<DuplicateChoice> choice) {
        PreviewRow(String where, String name, String detail, Action action, String actionText, boolean duplicate,
                   String duplicateOf, DuplicateChoice initial) {
            this(where, name, detail, action, actionText, duplicate, duplicateOf, new SimpleObjectProperty<>(initial));
        }
    }

    public StringProperty pathProperty() { return path; }
    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ContactFileInfo> fileProperty() { return file.getReadOnlyProperty(); }
    public ObservableList<ColumnMapping> columns() { return columns; }
    /** What a column can be mapped to: Clientele's fields, then the firm's own. */
    public ObservableList<ColumnTarget> columnChoices() { return columnChoices; }
    /** A column target's name as the mapping step shows it. */
    public String describe(ColumnTarget target) {
        return target instanceof ContactField field ? texts.of(field) : ((ColumnTarget.Custom) target).field().name();
    }
    public ObjectProperty<DuplicateChoice> onDuplicateProperty() { return onDuplicate; }
    public ObservableList<PreviewRow> rows() { return rows; }
    public ObservableList<String> problems() { return problems; }
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty hasErrorsProperty() { return hasErrors; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding canImportProperty() { return canImport; }
}
