package app.clientele.viewmodel.people;

import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldRepository;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.Strings;
import app.clientele.exchange.ColumnTarget;
import app.clientele.exchange.CustomFieldBackup;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Custom fields page: the firm's own fields in order, and an editor for a new or chosen field
 * (name, type, a choice list's values, a date field's reminder). A field's type is fixed once it has
 * been added. Removing a field asks first and keeps a CSV copy of its values in the backups folder.
 */
public final class CustomFieldsViewModel {
    static final int DEFAULT_REMIND_DAYS = 30;

    private final CustomFieldRepository repository;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final Path backupsFolder;
    private final Runnable fieldsChanged;
    private final BusyRunner runner;
    private final ObservableList<CustomField> fields = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomField> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CustomFieldType> type = new SimpleObjectProperty<>(CustomFieldType.TEXT);
    private final StringProperty choices = new SimpleStringProperty("");
    private final BooleanProperty remind = new SimpleBooleanProperty(false);
    private final StringProperty remindDays = new SimpleStringProperty(Integer.toString(DEFAULT_REMIND_DAYS));
    private final StringBinding nameError;
    private final StringBinding choicesError;
    private final StringBinding remindError;
    private final BooleanBinding valid;
    private final StringBinding editorTitle;

    /**
     * @param backupsFolder where a removed field's values are kept
     * @param fieldsChanged runs after a field was added, changed, moved or removed (the client list and form reload)
     */
    public CustomFieldsViewModel(CustomFieldRepository repository, TaskRunner tasks, Dialogs dialogs, Texts texts,
                                 Dates dates, Path backupsFolder, Runnable fieldsChanged) {
        this.repository = repository;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.backupsFolder = backupsFolder;
        this.fieldsChanged = fieldsChanged;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        StringBinding nameProblem = Bindings.createStringBinding(this::validateName, name, editing, fields);
        // An empty name is not scolded before the user types one; Save stays disabled all the same.
        nameError = Bindings.createStringBinding(() -> Strings.isBlank(name.get()) ? null : nameProblem.get(),
                name, nameProblem);
        choicesError = Bindings.createStringBinding(() -> type.get() == CustomFieldType.CHOICE
                && choiceList().isEmpty() ? texts.get("fields.validation.choices") : null, type, choices);
        remindError = Bindings.createStringBinding(this::validateRemindDays, type, remind, remindDays);
        valid = nameProblem.isNull().and(choicesError.isNull()).and(remindError.isNull());
        editorTitle = Bindings.createStringBinding(() -> editing.get() == null ? texts.get("fields.editor.new")
                : texts.get("fields.editor.edit", editing.get().name()), editing);
    }

    public void load() {
        runner.run("task.loadFields", progress -> repository.fields(), fields::setAll);
    }

    /** Clears the editor for a new field. */
    public void startNew() {
        editing.set(null);
        name.set("");
        type.set(CustomFieldType.TEXT);
        choices.set("");
        remind.set(false);
        remindDays.set(Integer.toString(DEFAULT_REMIND_DAYS));
    }

    /** Opens a field in the editor. */
    public void edit(CustomField field) {
        if (field == null) {
            startNew();
            return;
        }
        editing.set(field);
        name.set(field.name());
        type.set(field.type());
        choices.set(String.join("\n", field.choices()));
        remind.set(field.remindDaysBefore() != null);
        remindDays.set(Integer.toString(field.remindDaysBefore() == null ? DEFAULT_REMIND_DAYS : field.remindDaysBefore()));
    }

    /** Adds the new field or stores the edit. */
    public void save() {
        if (!valid.get()) {
            return;
        }
        CustomField base = editing.get();
        Integer days = type.get() == CustomFieldType.DATE && remind.get() ? Integer.valueOf(remindDays.get().strip()) : null;
        CustomField edited = new CustomField(base == null ? null : base.id(), base == null ? 0 : base.version(),
                name.get(), type.get(), choiceList(), days, base == null ? 0 : base.position());
        runner.run("task.saveField", progress -> {
            CustomField saved = edited.isNew() ? repository.create(edited) : repository.update(edited);
            return new Saved(saved, repository.fields());
        }, saved -> {
            fields.setAll(saved.fields());
            edit(saved.field());
            fieldsChanged.run();
        });
    }

    private record Saved(CustomField field, List<CustomField> fields) {
    }

    /**
     * Removes a field after asking, keeping a copy of every client's value for it in the backups
     * folder first; nothing is removed when the copy cannot be written.
     */
    public void remove(CustomField field) {
        if (field == null || !dialogs.confirm(texts.get("fields.remove.title", field.name()),
                texts.get("fields.remove.message", field.name(), backupsFolder.toString()),
                texts.get("fields.remove.confirm"))) {
            return;
        }
        runner.run("task.removeField", progress -> {
            Path backup = CustomFieldBackup.write(backupsFolder, field, repository.values(field.id()), dates.now());
            repository.delete(field);
            return new Removed(backup, repository.fields());
        }, removed -> {
            fields.setAll(removed.fields());
            if (editing.get() != null && editing.get().id().equals(field.id())) {
                startNew();
            }
            fieldsChanged.run();
            dialogs.showInfo(texts.get("fields.removed", field.name(), removed.backup().toString()));
        });
    }

    private record Removed(Path backup, List<CustomField> fields) {
    }

    /** Moves a field one place up (-1) or down (+1) in the order the form, the list and files use. */
    public void move(CustomField field, int offset) {
        List<CustomField> order = new ArrayList<>(fields);
        int from = order.indexOf(field);
        int to = from + offset;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        List<Long> ids = order.stream().map(CustomField::id).toList();
        runner.run("task.saveField", progress -> {
            repository.reorder(ids);
            return repository.fields();
        }, reordered -> {
            fields.setAll(reordered);
            fieldsChanged.run();
        });
    }

    /** "Date · reminded 30 days ahead", "Choice list: Gold, Silver": a field's type in a few words. */
    public String describe(CustomField field) {
        String kind = texts.of(field.type());
        if (field.type() == CustomFieldType.CHOICE) {
            return texts.get("fields.describe.choices", kind, String.join(", ", field.choices()));
        }
        if (field.remindDaysBefore() != null) {
            return texts.get("fields.describe.reminded", kind, field.remindDaysBefore());
        }
        return kind;
    }

    private List<String> choiceList() {
        return Arrays.stream(Strings.trimToEmpty(choices.get()).split("\\R")).map(String::strip)
                .filter(choice -> !choice.isEmpty()).toList();
    }

    private String validateName() {
        String text = Strings.trimToEmpty(name.get());
        if (text.isEmpty()) {
            return texts.get("fields.validation.nameRequired");
        }
        if (text.length() > CustomField.MAX_NAME_LENGTH) {
            return texts.get("validation.tooLong", CustomField.MAX_NAME_LENGTH);
        }
        if (!CustomField.isPlainName(text)) {
            return texts.get("fields.validation.plainName");
        }
        if (ColumnTarget.isOwnColumn(text)) {
            return texts.get("fields.validation.builtIn", text);
        }
        CustomField current = editing.get();
        boolean taken = fields.stream().anyMatch(field -> (current == null || !field.id().equals(current.id()))
                && CustomField.sameName(field.name(), text));
        return taken ? texts.get("fields.error.nameTaken", text) : null;
    }

    private String validateRemindDays() {
        if (type.get() != CustomFieldType.DATE || !remind.get()) {
            return null;
        }
        String text = Strings.trimToEmpty(remindDays.get());
        if (text.matches("\\d{1,3}")) {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= CustomField.MAX_REMIND_DAYS) {
                return null;
            }
        }
        return texts.get("fields.validation.remindDays", CustomField.MAX_REMIND_DAYS);
    }

    public ObservableList<CustomField> fields() { return fields; }
    public ReadOnlyObjectProperty<CustomField> editingProperty() { return editing.getReadOnlyProperty(); }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<CustomFieldType> typeProperty() { return type; }
    public StringProperty choicesProperty() { return choices; }
    public BooleanProperty remindProperty() { return remind; }
    public StringProperty remindDaysProperty() { return remindDays; }
    public StringBinding nameErrorProperty() { return nameError; }
    public StringBinding choicesErrorProperty() { return choicesError; }
    public StringBinding remindErrorProperty() { return remindError; }
    public BooleanBinding validProperty() { return valid; }
    public StringBinding editorTitleProperty() { return editorTitle; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
}
