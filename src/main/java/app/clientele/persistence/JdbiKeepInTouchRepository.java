package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.ClientRef;
import app.clientele.domain.ContactStatus;
import app.clientele.domain.KeepInTouchRepository;
import app.clientele.domain.Relationship;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Contact cadences in {@code client_cadence}; last contacts as kept on each client row ({@link ClientActivity}). */
public final class JdbiKeepInTouchRepository implements KeepInTouchRepository {
    private final Jdbi jdbi;

    public JdbiKeepInTouchRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Integer> cadence(long clientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT every_days FROM client_cadence WHERE client_id = :client")
                .bind("client", clientId).mapTo(Integer.class).findOne());
    }

    @Override
    public void setCadence(long clientId, Integer days) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM client_cadence WHERE client_id = :client").bind("client", clientId).execute();
            if (days != null) {
                handle.createUpdate("INSERT INTO client_cadence (client_id, every_days) VALUES (:client, :days)")
                        .bind("client", clientId).bind("days", days).execute();
            }
        });
    }

    @Override
    public List<ContactStatus> notContactedSince(Instant before) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.id, c.display_name, c.relationship, c.created_at, k.every_days,
                               c.last_contact_at AS last_contact
                        FROM client c
                        LEFT JOIN client_cadence k ON k.client_id = c.id
                        WHERE c.archived = FALSE AND (k.every_days IS NULL OR k.every_days > 0)
                          AND COALESCE(c.last_contact_at, c.created_at) < :before""")
                .bind("before", before)
                .map((row, context) -> new ContactStatus(
                        new ClientRef(row.getLong("id"), row.getString("display_name")),
                        Relationship.valueOf(row.getString("relationship")),
                        row.getObject("every_days", Integer.class),
                        instant(row, "last_contact"), instant(row, "created_at")))
                .list());
    }
}
