package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.Birthday;
import app.clientele.domain.ClientName;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads {@link ContactDetails} for the clients a fixed condition on {@code client c} selects. The
 * child tables are read once each for the same clients (a subquery, not a list of ids) and joined
 * here, as the Clients list does; the last contact is the one kept on the client row.
 */
final class ContactDetailsQuery {
    private ContactDetailsQuery() {
    }

    /** @param condition a fixed SQL condition on {@code c}; every value in it is bound from {@code binds} */
    static List<ContactDetails> read(Handle handle, String condition, Map<String, Object> binds) {
        String chosen = " WHERE client_id IN (SELECT c.id FROM client c WHERE " + condition + ")";
        Map<Long, String> emails = new HashMap<>();
        handle.createQuery("SELECT client_id, address FROM client_email" + chosen + " AND is_primary = TRUE")
                .bindMap(binds)
                .map((row, context) -> Map.entry(row.getLong(1), row.getString(2)))
                .forEach(email -> emails.put(email.getKey(), email.getValue()));
        Map<Long, String> phones = new HashMap<>();
        handle.createQuery("SELECT client_id, phone_number FROM client_phone" + chosen + " ORDER BY sort_order DESC")
                .bindMap(binds)
                .map((row, context) -> Map.entry(row.getLong(1), row.getString(2)))
                .forEach(phone -> phones.put(phone.getKey(), phone.getValue()));
        Map<Long, List<String>> tags = new HashMap<>();
        handle.createQuery("SELECT client_id, tag FROM client_tag" + chosen + " ORDER BY tag")
                .bindMap(binds)
                .map((row, context) -> Map.entry(row.getLong(1), row.getString(2)))
                .forEach(tag -> tags.computeIfAbsent(tag.getKey(), k -> new ArrayList<>(2)).add(tag.getValue()));
        return clients(handle, condition, binds, emails, phones, tags);
    }

    /** The same clients with no email, phone or tags: their rows alone. */
    static List<ContactDetails> readWithoutChildValues(Handle handle, String condition, Map<String, Object> binds) {
        return clients(handle, condition, binds, Map.of(), Map.of(), Map.of());
    }

    private static List<ContactDetails> clients(Handle handle, String condition, Map<String, Object> binds,
                                                Map<Long, String> emails, Map<Long, String> phones,
                                                Map<Long, List<String>> tags) {
        return handle.createQuery("SELECT c.* FROM client c WHERE " + condition)
                .bindMap(binds)
                .map((row, context) -> {
                    long id = row.getLong("id");
                    ClientName name = new ClientName(row.getString("display_name"), row.getString("family_name"),
                            row.getString("given_name"), NameOrder.valueOf(row.getString("name_order")),
                            row.getString("honorific"), row.getString("nickname"));
                    PostalAddress address = new PostalAddress(row.getString("street"), row.getString("unit"),
                            row.getString("city"), row.getString("region"), row.getString("postcode"),
                            row.getString("country"), row.getString("jibun"));
                    int birthMonth = row.getInt("birth_month");
                    Birthday birthday = row.wasNull() ? null : new Birthday(birthMonth, row.getInt("birth_day"),
                            row.getObject("birth_year", Integer.class), row.getBoolean("birthday_lunar"),
                            row.getBoolean("birthday_leap_month"));
                    return new ContactDetails(id, name, address, birthday, emails.get(id), phones.get(id),
                            tags.getOrDefault(id, List.of()), Segment.valueOf(row.getString("segment")),
                            row.getBoolean("archived"), instant(row, "last_contact_at"));
                })
                .list();
    }
}
