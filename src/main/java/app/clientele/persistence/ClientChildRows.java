package app.clientele.persistence;

import app.clientele.domain.Client;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.PhoneNumber;
import app.clientele.text.Phones;
import java.time.LocalDate;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A client's email, phone, tag and custom value rows as batches, filled for one client or many and
 * written together. Values of fields that no longer exist (removed while a form was open) are dropped.
 */
final class ClientChildRows {
    private final PreparedBatch emails;
    private final PreparedBatch phones;
    private final PreparedBatch tags;
    private final PreparedBatch customValues;
    private final Set<Long> fieldIds;

    ClientChildRows(Handle handle) {
        emails = handle.prepareBatch("""
                INSERT INTO client_email (client_id, sort_order, label, address, address_key, is_primary)
                VALUES (:client_id, :sort_order, :label, :address, :address_key, :is_primary)""");
        phones = handle.prepareBatch("""
                INSERT INTO client_phone (client_id, sort_order, label, phone_number, digits)
                VALUES (:client_id, :sort_order, :label, :phone_number, :digits)""");
        tags = handle.prepareBatch("INSERT INTO client_tag (client_id, tag) VALUES (:client_id, :tag)");
        customValues = handle.prepareBatch("""
                INSERT INTO custom_value (client_id, field_id, field_value, date_value)
                VALUES (:client_id, :field_id, :field_value, :date_value)""");
        fieldIds = Set.copyOf(handle.createQuery("SELECT id FROM custom_field").mapTo(Long.class).list());
    }

    ClientChildRows add(long clientId, Client client) {
        for (int i = 0; i < client.emails().size(); i++) {
            EmailAddress email = client.emails().get(i);
            emails.bind("client_id", clientId).bind("sort_order", i).bind("label", email.label())
                    .bind("address", email.address()).bind("address_key", email.matchKey())
                    .bind("is_primary", email.primary()).add();
        }
        for (int i = 0; i < client.phones().size(); i++) {
            PhoneNumber phone = client.phones().get(i);
            phones.bind("client_id", clientId).bind("sort_order", i).bind("label", phone.label())
                    .bind("phone_number", phone.number()).bind("digits", Phones.matchKey(phone.number())).add();
        }
        client.tags().forEach(tag -> tags.bind("client_id", clientId).bind("tag", tag).add());
        client.customValues().byField().forEach((fieldId, value) -> {
            if (fieldIds.contains(fieldId)) {
                LocalDate date = value.type() == CustomFieldType.DATE ? LocalDate.parse(value.text()) : null;
                customValues.bind("client_id", clientId).bind("field_id", fieldId).bind("field_value", value.text())
                        .bindByType("date_value", date, LocalDate.class).add();
            }
        });
        return this;
    }

    void execute() {
        for (PreparedBatch batch : new PreparedBatch[] {emails, phones, tags, customValues}) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }
}
