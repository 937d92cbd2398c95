package app.clientele.domain;

import java.util.List;
import java.util.function.Supplier;

/**
 * Writes large amounts of clients and history at once, in batches, for sample data and benchmarks. Each call
 * is one transaction; the records' clients must exist.
 */
public interface BulkHistory {

    /**
     * Runs a whole load written through this object. On the H2 file its commits reach the disk a
     * moment after they are acknowledged instead of before (for every connection, until the load
     * ends); when it ends, also by failing, everything is written and each commit again reaches the
     * disk first. On the H2 file the indexes that back no constraint are also set aside for the load
     * and built when it ends, over rows already in place. See docs/decisions/0017-sample-data-load.md
     * and 0018-indexes-built-after-a-bulk-load.md.
     */
    <T> T asOneLoad(Supplier<T> load);

    /**
     * Adds new clients with their history figures already worked out ({@code figures.get(i)} for
     * {@code clients.get(i)}), so that the history added next needs no {@link #setActivity}.
     *
     * @return the new clients' ids, in the same order
     */
    List<Long> addClients(List<Client> clients, List<HistoryFigures> figures);

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
