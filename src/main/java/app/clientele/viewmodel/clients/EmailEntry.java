package app.clientele.viewmodel.clients;

import app.clientele.domain.EmailAddress;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable email row in the client form. A blank row is ignored when saving. */
public final class EmailEntry {
    private final StringProperty label = new SimpleStringProperty("work");
    private final StringProperty address = new SimpleStringProperty("");
    private final BooleanProperty primary = new SimpleBooleanProperty(false);
    private final StringExpression error;

    EmailEntry(Texts texts) {
        error = Bindings.createStringBinding(() -> {
            String value = address.get();
            if (Strings.isBlank(value) || EmailAddress.isWellFormed(value)) {
                return null;
            }
            return texts.get("validation.email", value.strip());
        }, address);
    }

    EmailEntry(Texts texts, EmailAddress email) {
        this(texts);
        label.set(email.label());
        address.set(email.address());
        primary.set(email.primary());
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public BooleanProperty primaryProperty() {
        return primary;
    }

    /** The problem with this row in the user's language, or null when it is fine. */
    public StringExpression errorProperty() {
        return error;
    }

    boolean isBlank() {
        return Strings.isBlank(address.get());
    }

    EmailAddress toEmail() {
        return new EmailAddress(label.get(), address.get(), primary.get());
    }
}
