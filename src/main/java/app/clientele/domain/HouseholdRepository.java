package app.clientele.domain;

import java.util.Map;
import java.util.Optional;

/** Households: people who get one letter together. A person belongs to at most one. */
public interface HouseholdRepository {

    Optional<Household> ofClient(long clientId);

    /**
     * Starts a household with this person as its main contact.
     *
     * @throws ClienteleException when the client is an organisation
     */
    Household start(long clientId);

    /**
     * Adds a person to a household, taking them out of any other.
     *
     * @throws ClienteleException when the client is an organisation or the household is gone
     */
    Household add(long householdId, long clientId);

    /** Takes a person out of their household; a household left without members is removed. */
    void leave(long clientId);

    /** Makes a member the main contact, whose address the household's letters go to. */
    Household makeMain(long clientId);

    /**
     * Names the household (null: composed from its members).
     *
     * @throws ClienteleException when it was changed since it was read
     */
    Household rename(Household household, String name);

    /** Every household by each member's client id, for letters and card lists. */
    Map<Long, Household> byClient();
}
