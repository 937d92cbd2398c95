package app.clientele.domain;

import java.util.Objects;

/**
 * A filter on one of the firm's own fields: clients with any value for it (a blank value), or with
 * this value. Text matches when it contains the value (ignoring case and accents), yes/no by its
 * answer, the other types by equal values.
 */
public record FieldCondition(CustomField field, String value) {
    public FieldCondition {
        Objects.requireNonNull(field, "field");
        value = Strings.blankToNull(value);
    }

    public boolean matches(CustomValues values) {
        String stored = values.text(field.id());
        if (field.type() == CustomFieldType.YES_NO && value != null) {
            return Objects.equals(stored, canonical(value));
        }
        if (stored == null) {
            return false;
        }
        if (value == null) {
            return true;
        }
        return switch (field.type()) {
            case TEXT -> SearchText.normalise(stored).contains(SearchText.normalise(value));
            case CHOICE -> stored.equalsIgnoreCase(value);
            default -> stored.equals(canonical(value));
        };
    }

    /** The value as the field stores it; a value of another form never matches. */
    private String canonical(String text) {
        try {
            return field.normalise(text);
        } catch (IllegalArgumentException notOfThisType) {
            return null;
        }
    }
}
