package app.clientele.exchange;

import app.clientele.domain.CustomField;
import java.util.List;

/**
 * What a column of a CSV file in no known layout holds, for the column-mapping step: one of
 * Clientele's own fields ({@link ContactField}) or one of the firm's own fields.
 */
public sealed interface ColumnTarget permits ContactField, ColumnTarget.Custom {

    /** A column holding the values of one of the firm's own fields. */
    record Custom(CustomField field) implements ColumnTarget {
    }

    /** The field a column name suggests: the firm's field of that name, else one of Clientele's, else none. */
    static ColumnTarget guess(String columnName, List<CustomField> fields) {
        return fields.stream().filter(field -> CustomField.sameName(field.name(), columnName)).findFirst()
                .<ColumnTarget>map(Custom::new)
                .orElseGet(() -> ContactField.guess(columnName));
    }

    /**
     * Whether a name is taken by a column of Clientele's own CSV layout: the firm's fields travel as
     * columns named after them, so they cannot share those names.
     */
    static boolean isOwnColumn(String name) {
        String key = CsvLayouts.columnKey(name);
        return OwnCsvLayout.HEADER.stream().map(CsvLayouts::columnKey).anyMatch(key::equals);
    }
}
