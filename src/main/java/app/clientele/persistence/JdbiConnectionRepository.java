package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ConnectionRepository;
import app.clientele.domain.Connections;
import app.clientele.domain.MemberRole;
import app.clientele.domain.Membership;
import app.clientele.domain.Relation;
import app.clientele.domain.RelationRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * People in organisations ({@code organisation_member}) and relations between clients
 * ({@code client_relation}, each stored once under the role {@link RelationRole#stored()} picks).
 */
public final class JdbiConnectionRepository implements ConnectionRepository {
    private final Jdbi jdbi;

    public JdbiConnectionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Connections of(long clientId) {
        return jdbi.withHandle(handle -> {
            List<Membership> memberships = new ArrayList<>();
            for (String side : List.of("organisation_id", "person_id")) {
                memberships.addAll(handle.createQuery("""
                                SELECT o.id AS organisation_id, o.display_name AS organisation_name,
                                       p.id AS person_id, p.display_name AS person_name, m.role
                                FROM organisation_member m
                                JOIN client o ON o.id = m.organisation_id
                                JOIN client p ON p.id = m.person_id
                                WHERE m.""" + side + " = :id ORDER BY o.display_name, p.display_name")
                        .bind("id", clientId)
                        .map((row, context) -> new Membership(
                                new ClientRef(row.getLong("organisation_id"), row.getString("organisation_name")),
                                new ClientRef(row.getLong("person_id"), row.getString("person_name")),
                                MemberRole.valueOf(row.getString("role"))))
                        .list());
            }
            // A symmetric relation may be stored from either side (a merge can turn it round): show it once.
            LinkedHashSet<Relation> relations = new LinkedHashSet<>();
            relations.addAll(relations(handle, clientId, "client_id", "other_id", false));
            relations.addAll(relations(handle, clientId, "other_id", "client_id", true));
            List<Relation> byRole = relations.stream().sorted(Comparator.comparing(Relation::role)
                    .thenComparing(relation -> relation.other().displayName())).toList();
            int referrals = handle.createQuery(
                            "SELECT COUNT(*) FROM client_relation WHERE client_id = :id AND role = :role")
                    .bind("id", clientId).bind("role", RelationRole.REFERRED.name()).mapTo(Integer.class).one();
            return new Connections(clientId, memberships, byRole, referrals);
        });
    }

    private static List<Relation> relations(Handle handle, long clientId, String ownColumn, String otherColumn,
                                            boolean inverse) {
        return handle.createQuery("SELECT c.id, c.display_name, r.role FROM client_relation r JOIN client c ON c.id = r."
                        + otherColumn + " WHERE r." + ownColumn + " = :id ORDER BY c.display_name, c.id")
                .bind("id", clientId)
                .map((row, context) -> {
                    RelationRole role = RelationRole.valueOf(row.getString("role"));
                    return new Relation(new ClientRef(row.getLong("id"), row.getString("display_name")),
                            inverse ? role.inverse() : role);
                })
                .list();
    }

    @Override
    public void link(long organisationId, long personId, MemberRole role) {
        jdbi.useTransaction(handle -> {
            Map<Long, ClientKind> kinds = kinds(handle, organisationId, personId);
            if (kinds.get(organisationId) != ClientKind.ORGANISATION) {
                throw new ClienteleException("connections.error.notAnOrganisation");
            }
            if (kinds.get(personId) != ClientKind.PERSON) {
                throw new ClienteleException("connections.error.notAPerson");
            }
            unlink(handle, organisationId, personId);
            handle.createUpdate("""
                            INSERT INTO organisation_member (organisation_id, person_id, role)
                            VALUES (:organisation, :person, :role)""")
                    .bind("organisation", organisationId).bind("person", personId).bind("role", role.name())
                    .execute();
        });
    }

    @Override
    public void unlink(long organisationId, long personId) {
        jdbi.useHandle(handle -> unlink(handle, organisationId, personId));
    }

    private static void unlink(Handle handle, long organisationId, long personId) {
        handle.createUpdate("DELETE FROM organisation_member WHERE organisation_id = :organisation AND person_id = :person")
                .bind("organisation", organisationId).bind("person", personId).execute();
    }

    @Override
    public void relate(long clientId, long otherId, RelationRole role) {
        if (clientId == otherId) {
            throw new ClienteleException("connections.error.self");
        }
        jdbi.useTransaction(handle -> {
            Map<Long, ClientKind> kinds = kinds(handle, clientId, otherId);
            if (role.peopleOnly() && kinds.containsValue(ClientKind.ORGANISATION)) {
                throw new ClienteleException("connections.error.peopleOnly");
            }
            long from = role.stored() ? clientId : otherId;
            long to = role.stored() ? otherId : clientId;
            RelationRole stored = role.stored() ? role : role.inverse();
            boolean exists = handle.createQuery("""
                            SELECT COUNT(*) FROM client_relation
                            WHERE role = :role AND ((client_id = :from AND other_id = :to)
                                                    OR (:symmetric AND client_id = :to AND other_id = :from))""")
                    .bind("role", stored.name()).bind("from", from).bind("to", to).bind("symmetric", stored.symmetric())
                    .mapTo(Integer.class).one() > 0;
            if (!exists) {
                handle.createUpdate("INSERT INTO client_relation (client_id, other_id, role) VALUES (:from, :to, :role)")
                        .bind("from", from).bind("to", to).bind("role", stored.name()).execute();
            }
        });
    }

    @Override
    public void unrelate(long clientId, long otherId, RelationRole role) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        DELETE FROM client_relation
                        WHERE (client_id = :client AND other_id = :other AND role = :role)
                           OR (client_id = :other AND other_id = :client AND role = :inverse)""")
                .bind("client", clientId).bind("other", otherId)
                .bind("role", role.name()).bind("inverse", role.inverse().name())
                .execute());
    }

    @Override
    public List<ClientRef> peopleOf(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT DISTINCT p.id, p.display_name FROM organisation_member m JOIN client p ON p.id = m.person_id
                        WHERE m.organisation_id IN (<organisations>) AND p.archived = FALSE
                        ORDER BY p.display_name, p.id""")
                .bindList("organisations", List.copyOf(organisationIds))
                .map((row, context) -> new ClientRef(row.getLong(1), row.getString(2)))
                .list());
    }

    /** The kinds of two clients; a client that no longer exists is refused. */
    private static Map<Long, ClientKind> kinds(Handle handle, long first, long second) {
        Map<Long, ClientKind> kinds = new HashMap<>();
        handle.createQuery("SELECT id, kind FROM client WHERE id IN (:first, :second)")
                .bind("first", first).bind("second", second)
                .map((row, context) -> Map.entry(row.getLong(1), ClientKind.valueOf(row.getString(2))))
                .forEach(kind -> kinds.put(kind.getKey(), kind.getValue()));
        if (!kinds.containsKey(first) || !kinds.containsKey(second)) {
            throw new ClienteleException("error.clientGone");
        }
        return kinds;
    }
}
