package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.Engagements;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * The history figures kept on each client's row (migration V005): the number of engagements, the
 * last contact and the last satisfaction score. Whatever adds, moves or removes a client's
 * interactions calls {@link #refresh} in the same transaction, so lists and the dashboard read
 * them directly instead of aggregating every interaction.
 */
final class ClientActivity {
    private ClientActivity() {
    }

    /** Works the figures out again from the clients' interactions. */
    static void refresh(Handle handle, Collection<Long> clientIds) {
        // A stable order, so two transactions never lock the same client rows the other way round.
        for (long clientId : new TreeSet<>(clientIds)) {
            List<Instant> contacts = handle.createQuery("""
                            SELECT occurred_at FROM interaction_participant WHERE client_id = :client
                            ORDER BY occurred_at, interaction_id""")
                    .bind("client", clientId)
                    .map((row, context) -> instant(row, "occurred_at"))
                    .list();
            Optional<Score> lastScore = handle.createQuery("""
                            SELECT i.satisfaction, p.occurred_at
                            FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id
                            WHERE p.client_id = :client AND i.satisfaction IS NOT NULL
                            ORDER BY p.occurred_at DESC, p.interaction_id DESC
                            FETCH FIRST ROW ONLY""")
                    .bind("client", clientId)
                    .map((row, context) -> new Score(row.getInt("satisfaction"), instant(row, "occurred_at")))
                    .findOne();
            handle.createUpdate("""
                            UPDATE client SET engagements = :engagements, last_contact_at = :last_contact,
                                last_satisfaction = :score, last_satisfaction_at = :scored_at
                            WHERE id = :client""")
                    .bind("engagements", Engagements.of(contacts).size())
                    .bindByType("last_contact", contacts.isEmpty() ? null : contacts.get(contacts.size() - 1), Instant.class)
                    .bind("score", lastScore.map(Score::value).orElse(null))
                    .bindByType("scored_at", lastScore.map(Score::at).orElse(null), Instant.class)
                    .bind("client", clientId)
                    .execute();
        }
    }

    private record Score(int value, Instant at) {
    }
}
