package app.clientele.viewmodel.clients;

import app.clientele.domain.PhoneNumber;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import app.clientele.text.Phones;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable phone row in the client form. A blank row is ignored when saving. */
public final class PhoneEntry {
    private final StringProperty label = new SimpleStringProperty("mobile");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringExpression error;

    PhoneEntry(Texts texts) {
        error = Bindings.createStringBinding(() -> {
            String value = number.get();
            if (Strings.isBlank(value) || PhoneNumber.isWellFormed(value)) {
                return null;
            }
            return texts.get("validation.phone", value.strip());
        }, number);
    }

    PhoneEntry(Texts texts, PhoneNumber phone) {
        this(texts);
        label.set(phone.label());
        number.set(phone.number());
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringExpression errorProperty() {
        return error;
    }

    /** Lays a valid number out the way its country writes it (01012345678 → 010-1234-5678). */
    public void tidy() {
        if (error.get() == null && !isBlank()) {
            number.set(Phones.format(number.get()));
        }
    }

    boolean isBlank() {
        return Strings.isBlank(number.get());
    }

    PhoneNumber toPhone() {
        return new PhoneNumber(label.get(), number.get());
    }
}
