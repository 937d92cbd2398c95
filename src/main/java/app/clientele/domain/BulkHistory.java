package app.clientele.domain;

import java.util.List;

/**
 * Writes large amounts of history at once, in batches, for sample data and benchmarks. Each call
 * is one transaction; the records' clients must exist.
 */
public interface BulkHistory {

    void addInteractions(List<Interaction> interactions);

    void addFollowUps(List<FollowUp> followUps);

    void addSubscriptions(List<Subscription> subscriptions);

    /** Whether the database holds no clients yet (sample data goes only into an empty one). */
    boolean isEmpty();
}
