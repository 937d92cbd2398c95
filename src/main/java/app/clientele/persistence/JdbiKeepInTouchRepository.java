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
import java.util.ArrayList;
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
     * The active clients of one relationship due by its default cadence, as the two ranges of the
     * client_by_last_contact index (migration V011) they are: contacted before the cut-off, or never
     * contacted and added before it. Clients with a cadence of their own are taken out in Java.
     */
    private static final List<String> DUE_BY_DEFAULT = List.of(
            "c.archived = FALSE AND c.relationship = :relationship AND c.last_contact_at < :before",
            "c.archived = FALSE AND c.relationship = :relationship AND c.last_contact_at IS NULL"
                    + " AND c.created_at < :before");
    /**
     * The first of a range, longest without contact first: the index's own order (the leading
     * columns are fixed in each range, and so is the last contact in the second), so the rows
     * wanted are the first entries read.
     */
    private static final String LONGEST_FIRST = """
            SELECT c.id, c.display_name, c.relationship, c.created_at, c.last_contact_at,
                   CAST(NULL AS INTEGER) AS every_days
            FROM client c WHERE %s
            ORDER BY c.archived, c.relationship, c.last_contact_at, c.created_at FETCH FIRST :limit ROWS ONLY""";
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
     * Clients with their own cadence are few and read whole; the rest are counted in SQL from index
     * ranges, and only the first {@code limit} of each range read, so a practice with 80,000 dormant
     * customers reads a few hundred rows.
     */
    @Override
    public DueToContact dueToContact(LocalDate today, ZoneId zone, int limit) {
        return jdbi.withHandle(handle -> {
            List<ContactStatus> own = ownCadences(handle);
            Set<Long> ownIds = own.stream().map(status -> status.client().id()).collect(Collectors.toSet());
            List<ContactStatus> ownDue = own.stream().filter(status -> status.isDue(today, zone)).toList();
            long ownDueByDefault = own.stream().filter(status -> byDefault(status).isDue(today, zone)).count();
            long dueByDefault = -ownDueByDefault;
            List<ContactStatus> longestByDefault = new ArrayList<>();
            for (Relationship relationship : Relationship.values()) {
                Map<String, Object> cutoff = Map.of("relationship", relationship.name(),
                        "before", contactedBeforeIsDue(today, zone, ContactCadence.defaultDays(relationship)));
                for (String range : DUE_BY_DEFAULT) {
                    dueByDefault += handle.createQuery("SELECT COUNT(*) FROM client c WHERE " + range)
                            .bindMap(cutoff).mapTo(Long.class).one();
                    handle.createQuery(LONGEST_FIRST.formatted(range))
                            .bindMap(cutoff).bind("limit", limit + ownIds.size())
                            .map(JdbiKeepInTouchRepository::status)
                            .forEach(longestByDefault::add);
                }
            }
            List<ContactStatus> first = Stream.concat(ownDue.stream(),
                            longestByDefault.stream().filter(status -> !ownIds.contains(status.client().id())))
                    .sorted(Comparator.comparingLong((ContactStatus status) -> status.daysSince(today, zone))
                            .reversed().thenComparing(status -> status.client().displayName()))
                    .limit(limit).toList();
            return new DueToContact((int) dueByDefault + ownDue.size(), first);
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
