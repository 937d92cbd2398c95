package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.Engagements;
import app.clientele.domain.Interaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The history figures kept on each client's row (migration V007): the number of engagements, the
 * last contact and the last satisfaction score. Whatever adds, moves or removes a client's
 * interactions calls {@link #refresh} in the same transaction, so lists and the dashboard read
 * them directly instead of aggregating every interaction.
 */
final class ClientActivity {
    private static final String CONTACTS = """
            SELECT p.client_id, p.interaction_id, p.occurred_at, i.satisfaction
            FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id""";
    /** The newest-first participant index's own order (V011): read as it stands, not sorted by H2. */
    private static final String NEWEST_FIRST = " ORDER BY p.client_id, p.occurred_at DESC, p.interaction_id DESC";
    private static final String UPDATE = """
            UPDATE client SET engagements = :engagements, last_contact_at = :last_contact,
                last_satisfaction = :score, last_satisfaction_at = :scored_at
            WHERE id = :client""";

    private ClientActivity() {
    }

    /** Works the figures out again from the clients' interactions. */
    static void refresh(Handle handle, Collection<Long> clientIds) {
        // A stable order, so two transactions never lock the same client rows the other way round.
        for (long clientId : new TreeSet<>(clientIds)) {
            List<Contact> contacts = new ArrayList<>(handle.createQuery(
                            CONTACTS + " WHERE p.client_id = :client" + NEWEST_FIRST)
                    .bind("client", clientId)
                    .map(ClientActivity::contact)
                    .list());
            Collections.reverse(contacts);
            update(handle.prepareBatch(UPDATE), clientId, contacts).execute();
        }
    }

    /**
     * Sets the figures of the clients of {@code interactions} from these alone, without reading them
     * back: for a bulk load that has just written them, in this order, as their clients' whole
     * history. Reading a million contacts back fetched each interaction at random.
     */
    static void setFrom(Handle handle, List<Interaction> interactions) {
        Map<Long, List<Contact>> byClient = new TreeMap<>();
        for (int i = 0; i < interactions.size(); i++) {
            Interaction interaction = interactions.get(i);
            // The place in the list stands in for the id, which is given in the same order.
            Contact contact = new Contact(interaction.occurredAt(), i, interaction.satisfaction());
            interaction.participants().forEach(client ->
                    byClient.computeIfAbsent(client.id(), id -> new ArrayList<>()).add(contact));
        }
        PreparedBatch updates = handle.prepareBatch(UPDATE);
        byClient.forEach((clientId, contacts) -> {
            contacts.sort(Comparator.comparing(Contact::at).thenComparingLong(Contact::interaction));
            update(updates, clientId, contacts);
        });
        if (updates.size() > 0) {
            updates.execute();
        }
    }

    private static Contact contact(ResultSet row, StatementContext context) throws SQLException {
        return new Contact(instant(row, "occurred_at"), row.getLong("interaction_id"),
                row.getObject("satisfaction", Integer.class));
    }

    /** Adds one client's figures to the batch, from their contacts oldest first. */
    private static PreparedBatch update(PreparedBatch batch, long clientId, List<Contact> contacts) {
        Optional<Contact> lastScored = contacts.stream().filter(contact -> contact.score() != null)
                .reduce((older, newer) -> newer);
        return batch.bind("engagements", Engagements.of(contacts.stream().map(Contact::at).toList()).size())
                .bindByType("last_contact", contacts.isEmpty() ? null : contacts.get(contacts.size() - 1).at(),
                        Instant.class)
                .bind("score", lastScored.map(Contact::score).orElse(null))
                .bindByType("scored_at", lastScored.map(Contact::at).orElse(null), Instant.class)
                .bind("client", clientId)
                .add();
    }

    /** One contact: when, in which interaction (or its place in a list written in order), and its score, if any. */
    private record Contact(Instant at, long interaction, Integer score) {
    }
}
