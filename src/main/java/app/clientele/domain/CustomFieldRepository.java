package app.clientele.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The firm's own fields. Their values belong to the client record ({@link Client#customValues()})
 * and are saved with it.
 */
public interface CustomFieldRepository {

    /** Every field, in the order the form shows them. */
    List<CustomField> fields();

    /**
     * Adds a field after the others.
     *
     * @throws ClienteleException when another field has the same name
     */
    CustomField create(CustomField field);

    /**
     * Renames a field or changes its choices or reminder; its type stays.
     *
     * @throws ClienteleException when another field has the same name, or the field was changed or
     *                             removed since it was read
     */
    CustomField update(CustomField field);

    /** Puts the fields in this order (by id), in the form, the list's columns and files. */
    void reorder(List<Long> fieldIds);

    /** Every client's value for one field, for a backup before the field is removed. */
    List<FieldValue> values(long fieldId);

    /**
     * Removes a field and every client's value for it, in one transaction.
     *
     * @throws ClienteleException when the field was changed or removed since it was read
     */
    void delete(CustomField field);

    /**
     * Active clients' dates in date fields with reminders that are due on {@code today}: from the
     * field's number of days ahead up to the day itself. Soonest first.
     */
    List<DateReminder> dueDates(LocalDate today);

    /** One client's value for a field. */
    record FieldValue(ClientRef client, String value) {
    }
}
