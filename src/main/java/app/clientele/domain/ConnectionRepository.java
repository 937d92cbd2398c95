package app.clientele.domain;

import java.util.Collection;
import java.util.List;

/** Links between clients: people in organisations, and relations such as spouses and referrals. */
public interface ConnectionRepository {

    /** A client's memberships (by organisation, then person) and relations (by role, then name). */
    Connections of(long clientId);

    /**
     * Puts a person in an organisation with a role, or changes their role there.
     *
     * @throws ClienteleException when the organisation is not an organisation or the person not a person
     */
    void link(long organisationId, long personId, MemberRole role);

    void unlink(long organisationId, long personId);

    /**
     * Records what {@code otherId} is to {@code clientId}; the other side sees the inverse role.
     * Recording a relation that exists already changes nothing.
     *
     * @throws ClienteleException for a client related to itself, or a family or work role given to an organisation
     */
    void relate(long clientId, long otherId, RelationRole role);

    /** Removes a relation, from whichever side it is named. */
    void unrelate(long clientId, long otherId, RelationRole role);

    /** The people of these organisations, each once, by name. */
    List<ClientRef> peopleOf(Collection<Long> organisationIds);
}
