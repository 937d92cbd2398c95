package app.clientele.viewmodel.clients;

import app.clientele.domain.CustomField;
import app.clientele.domain.CustomValues;
import app.clientele.i18n.Texts;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The firm's own fields in the client form, one entry per field, in the order the firm set. It is
 * part of the form's buffered copy: values reach the client only through {@link #values()}.
 */
public final class CustomFieldsFormViewModel {
    private final Texts texts;
    private final ObservableList<CustomFieldEntry> entries = FXCollections.observableArrayList(
            entry -> new Observable[] {entry.textProperty(), entry.dateProperty(), entry.yesProperty()});
    private final BooleanBinding valid;
    private CustomValues shown = CustomValues.NONE;

    CustomFieldsFormViewModel(Texts texts) {
        this.texts = texts;
        valid = Bindings.createBooleanBinding(
                () -> entries.stream().allMatch(entry -> entry.errorProperty().get() == null), entries);
    }

    /** Sets the fields to show; what the user entered in fields that stay is kept. */
    public void define(List<CustomField> fields) {
        CustomValues entered = valid.get() ? values() : shown;
        entries.setAll(fields.stream().map(field -> {
            CustomFieldEntry entry = new CustomFieldEntry(field, texts);
            entry.show(entered.text(field.id()));
            return entry;
        }).toList());
    }

    /** Shows a client's values. */
    void show(CustomValues values) {
        shown = values;
        entries.forEach(entry -> entry.show(values.text(entry.field().id())));
    }

    /** The values as entered; values of fields the form does not show are kept as they were. */
    CustomValues values() {
        CustomValues values = shown;
        for (CustomFieldEntry entry : entries) {
            values = values.with(entry.field(), entry.value());
        }
        return values;
    }

    List<List<Object>> snapshot() {
        return entries.stream().map(CustomFieldEntry::snapshot).toList();
    }

    public ObservableList<CustomFieldEntry> entries() { return entries; }
    public BooleanBinding validProperty() { return valid; }
}
