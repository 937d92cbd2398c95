package app.clientele.domain;

import java.util.Objects;

/** One value of a firm's own field, in the canonical text form of its type ({@link CustomFieldType}). */
public record CustomValue(CustomFieldType type, String text) {
    public CustomValue {
        Objects.requireNonNull(type, "type");
        text = Strings.blankToNull(text);
        Objects.requireNonNull(text, "a value is never blank");
    }
}
