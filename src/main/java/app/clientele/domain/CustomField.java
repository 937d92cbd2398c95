package app.clientele.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A field the firm defines for its clients (a policy number, a renewal date …), named in the
 * user's own language. A choice list carries its values; a date field may be reminded a number of
 * days before the date comes. A new field has no id.
 */
public record CustomField(Long id, int version, String name, CustomFieldType type, List<String> choices,
                          Integer remindDaysBefore, int position) {
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_CHOICE_LENGTH = 200;
    public static final int MAX_REMIND_DAYS = 366;

    public CustomField {
        name = Strings.trimToEmpty(name);
        Objects.requireNonNull(type, "type");
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a field needs a name of at most " + MAX_NAME_LENGTH + " characters");
        }
        if (!isPlainName(name)) {
            throw new IllegalArgumentException("a field name is one line without quotation marks");
        }
        choices = type == CustomFieldType.CHOICE ? distinctChoices(choices) : List.of();
        if (type == CustomFieldType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("a choice list needs at least one choice");
        }
        if (type != CustomFieldType.DATE) {
            remindDaysBefore = null;
        }
        if (remindDaysBefore != null && (remindDaysBefore < 1 || remindDaysBefore > MAX_REMIND_DAYS)) {
            throw new IllegalArgumentException("reminders come 1 to " + MAX_REMIND_DAYS + " days ahead");
        }
    }

    public static CustomField newField(String name, CustomFieldType type, List<String> choices, Integer remindDaysBefore) {
        return new CustomField(null, 0, name, type, choices, remindDaysBefore, 0);
    }

    public CustomField withId(long newId, int newVersion, int newPosition) {
        return new CustomField(newId, newVersion, name, type, choices, remindDaysBefore, newPosition);
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * A value's canonical form for this field: a choice is spelled as the list spells it, whatever
     * the case it was typed in. Null for no value.
     *
     * @throws IllegalArgumentException when the text is no value of this field
     */
    public String normalise(String text) {
        String value = type.normalise(text);
        if (value == null || type != CustomFieldType.CHOICE) {
            return value;
        }
        return choices.stream().filter(choice -> choice.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not one of the field's choices"));
    }

    /**
     * Whether a name can travel as a file's column name and a vCard parameter: one line without
     * double quotation marks, which vCard 3.0 parameters cannot hold.
     */
    public static boolean isPlainName(String name) {
        return name.chars().noneMatch(c -> c == '"' || Character.isISOControl(c));
    }

    /** Whether two field names would be the same column in a file: case and spacing do not count. */
    public static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String name) {
        return Strings.trimToEmpty(name).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> distinctChoices(List<String> choices) {
        List<String> distinct = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String choice : choices == null ? List.<String>of() : choices) {
            String value = Strings.blankToNull(choice);
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (value.length() > MAX_CHOICE_LENGTH || value.contains("\n")) {
                throw new IllegalArgumentException("a choice is one line of at most " + MAX_CHOICE_LENGTH + " characters");
            }
            distinct.add(value);
        }
        return List.copyOf(distinct);
    }
}
