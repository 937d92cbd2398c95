package app.clientele.viewmodel.clients;

import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of the firm's own fields in the client form. Text, number and choice fields edit
 * {@link #textProperty()}, date fields {@link #dateProperty()}, yes/no fields {@link #yesProperty()}.
 */
public final class CustomFieldEntry {
    private final CustomField field;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty yes = new SimpleBooleanProperty(false);
    private final StringBinding error;

    CustomFieldEntry(CustomField field, Texts texts) {
        this.field = field;
        error = Bindings.createStringBinding(() -> validate(texts), text);
    }

    /** Shows a stored value (canonical text, or null for none). */
    void show(String value) {
        text.set(field.type() == CustomFieldType.DATE || field.type() == CustomFieldType.YES_NO
                ? "" : Strings.trimToEmpty(value));
        date.set(field.type() == CustomFieldType.DATE && value != null ? LocalDate.parse(value) : null);
        yes.set(CustomFieldType.YES.equals(value));
    }

    /** The value as stored: canonical text, or null. Call only while the entry has no error. */
    String value() {
        return switch (field.type()) {
            case DATE -> date.get() == null ? null : date.get().toString();
            case YES_NO -> yes.get() ? CustomFieldType.YES : null;
            default -> field.normalise(text.get());
        };
    }

    /** What the user entered, for telling whether the form changed. */
    List<Object> snapshot() {
        return Arrays.asList(text.get(), date.get(), yes.get());
    }

    private String validate(Texts texts) {
        if (field.type() != CustomFieldType.TEXT && field.type() != CustomFieldType.NUMBER) {
            return null;
        }
        try {
            field.normalise(text.get());
            return null;
        } catch (IllegalArgumentException wrong) {
            return field.type() == CustomFieldType.NUMBER
                    ? texts.get("fields.validation.number", Strings.trimToEmpty(text.get()))
                    : texts.get("validation.tooLong", CustomFieldType.MAX_TEXT_LENGTH);
        }
    }

    public CustomField field() { return field; }
    public StringProperty textProperty() { return text; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public BooleanProperty yesProperty() { return yes; }
    public StringBinding errorProperty() { return error; }
}
