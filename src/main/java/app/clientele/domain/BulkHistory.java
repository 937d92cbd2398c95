package app.clientele.domain;

import java.util.List;

/**
 * Writes large amounts of history at once, in batches, for sample data and benchmarks. Each call
 * is one transaction; the records' clients must exist.
 */
public interface BulkHistory {

    /** Adds the interactions; their clients' history figures wait for {@link #setActivity}. */
    void addInteractions(List<Interaction> interactions);

    /**
     * Sets the history figures (last contact, engagements, last score) of the clients in
     * {@code history} from it alone: it must be their whole history, added in this order.
     */
    void setActivity(List<Interaction> history);

    void addFollowUps(List<FollowUp> followUps);

    void addSubscriptions(List<Subscription> subscriptions);

    /** Removes every client and interaction, leaving the database as empty as it was before a failed load. */
    void removeAll();

    /** Whether the database holds no clients yet (sample data goes only into an empty one). */
    boolean isEmpty();
}
