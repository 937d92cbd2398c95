package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.ClientRef;
import app.clientele.domain.ContactCadence;
import app.clientele.domain.ContactStatus;
import app.clientele.domain.DueToContact;
import app.clientele.domain.KeepInTouchRepository;
import app.clientele.domain.Relationship;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Contact cadences in {@code client_cadence}; last contacts as kept on each client row ({@link ClientActivity}). */
public final class JdbiKeepInTouchRepository implements KeepInTouchRepository {
    /**
     * Active, and the relationship's default cadence has passed. Clients with a cadence of their own
     * are taken out in Java: a NOT EXISTS per client row made the count five times slower.
     */
    private static final String DUE_BY_DEFAULT = """
            c.archived = FALSE AND COALESCE(c.last_contact_at, c.created_at)
                < CASE WHEN c.relationship = 'CUSTOMER' THEN :customers_before ELSE :clients_before END""";
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

    /**
     * Clients with their own cadence are few and read whole; the rest are counted in SQL and only
     * the first {@code limit} read, so a practice with 80,000 dormant customers reads 50 rows.
     */
    @Override
    public DueToContact dueToContact(LocalDate today, ZoneId zone, int limit) {
        Map<String, Object> cutoffs = Map.of(
                "clients_before", contactedBeforeIsDue(today, zone, ContactCadence.CLIENT_DEFAULT_DAYS),
                "customers_before", contactedBeforeIsDue(today, zone, ContactCadence.CUSTOMER_DEFAULT_DAYS));
        return jdbi.withHandle(handle -> {
            List<ContactStatus> own = ownCadences(handle);
            Set<Long> ownIds = own.stream().map(status -> status.client().id()).collect(Collectors.toSet());
            List<ContactStatus> ownDue = own.stream().filter(status -> status.isDue(today, zone)).toList();
            long ownDueByDefault = own.stream().filter(status -> byDefault(status).isDue(today, zone)).count();
            int dueByDefault = handle.createQuery("SELECT COUNT(*) FROM client c WHERE " + DUE_BY_DEFAULT)
                    .bindMap(cutoffs).mapTo(Integer.class).one() - (int) ownDueByDefault;
            // The first ones are chosen from the client_for_insights index alone, then their names read:
            // reading whole rows while choosing cost seconds at 100,000 clients.
            List<ContactStatus> longestByDefault = handle.createQuery("""
                            SELECT s.id, s.display_name, s.relationship, s.created_at, s.last_contact_at,
                                   CAST(NULL AS INTEGER) AS every_days
                            FROM client s JOIN (SELECT c.id FROM client c WHERE %s
                                ORDER BY COALESCE(c.last_contact_at, c.created_at), c.id FETCH FIRST :limit ROWS ONLY
                            ) due ON due.id = s.id""".formatted(DUE_BY_DEFAULT))
                    .bindMap(cutoffs).bind("limit", limit + ownIds.size())
                    .map(JdbiKeepInTouchRepository::status)
                    .stream().filter(status -> !ownIds.contains(status.client().id())).toList();
            List<ContactStatus> first = Stream.concat(ownDue.stream(), longestByDefault.stream())
                    .sorted(Comparator.comparingLong((ContactStatus status) -> status.daysSince(today, zone))
                            .reversed().thenComparing(status -> status.client().displayName()))
                    .limit(limit).toList();
            return new DueToContact(dueByDefault + ownDue.size(), first);
        });
    }

    /** The active clients with a cadence of their own (0, "never", included). */
    static List<ContactStatus> ownCadences(Handle handle) {
        // From the few cadences to their clients: a condition on client here makes H2 start from
        // every client instead, so the archived are left out afterwards.
        return handle.createQuery("""
                        SELECT c.id, c.display_name, c.relationship, c.created_at, c.last_contact_at, c.archived,
                               k.every_days
                        FROM client_cadence k JOIN client c ON c.id = k.client_id""")
                .map((row, context) -> row.getBoolean("archived") ? null : status(row, context))
                .stream().filter(Objects::nonNull).toList();
    }

    /** The same client judged by their relationship's default cadence, as the SQL condition does. */
    private static ContactStatus byDefault(ContactStatus status) {
        return new ContactStatus(status.client(), status.relationship(), null, status.lastContact(), status.addedAt());
    }

    /** Due after {@code days} calendar days: last contacted before the start of the day {@code days - 1} ago. */
    private static Instant contactedBeforeIsDue(LocalDate today, ZoneId zone, int days) {
        return today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
    }

    private static ContactStatus status(ResultSet row, StatementContext context) throws SQLException {
        return new ContactStatus(new ClientRef(row.getLong("id"), row.getString("display_name")),
                Relationship.valueOf(row.getString("relationship")), row.getObject("every_days", Integer.class),
                instant(row, "last_contact_at"), instant(row, "created_at"));
    }
}
