package app.clientele.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A client's values for the firm's own fields, by field id. */
public record CustomValues(Map<Long, CustomValue> byField) {
    public static final CustomValues NONE = new CustomValues(Map.of());

    public CustomValues {
        byField = Map.copyOf(byField == null ? Map.of() : byField);
    }

    /** The value's text for a field, or null. */
    public String text(long fieldId) {
        CustomValue value = byField.get(fieldId);
        return value == null ? null : value.text();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** These values with one field set to a canonical value, or cleared by null. */
    public CustomValues with(CustomField field, String canonical) {
        Map<Long, CustomValue> changed = new HashMap<>(byField);
        changed.remove(field.id());
        if (canonical != null) {
            changed.put(field.id(), new CustomValue(field.type(), canonical));
        }
        return new CustomValues(changed);
    }

    /** The values of {@code first}, and those of {@code second} for fields that {@code first} leaves empty. */
    public static CustomValues union(CustomValues first, CustomValues second) {
        Map<Long, CustomValue> all = new HashMap<>(second.byField);
        all.putAll(first.byField);
        return new CustomValues(all);
    }

    /**
     * The values the search box finds a client by. A date is also there as digits, because the
     * search reads what looks like a number ("2027-03") as digits, the way it reads phone numbers.
     */
    public List<String> searchableTexts() {
        return byField.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .filter(value -> value.type().searchable())
                .flatMap(value -> value.type() == CustomFieldType.DATE
                        ? Stream.of(value.text(), Strings.digitsOf(value.text())) : Stream.of(value.text()))
                .toList();
    }
}
