package app.clientele.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where interactions and their participants are kept. Each call is one transaction. */
public interface InteractionRepository {

    /** Stores a new interaction and returns it with its id, version and times. */
    Interaction create(Interaction interaction);

    /**
     * Stores an edit.
     *
     * @throws StaleDataException when the stored version is no longer the one the edit started from
     */
    Interaction update(Interaction interaction);

    Optional<Interaction> find(long id);

    void delete(long id);

    /** A page of one client's interactions, newest first. */
    List<Interaction> timeline(long clientId, int offset, int limit);

    /** How many interactions a client took part in. */
    long countFor(long clientId);

    /** A page of the interactions that match the query, in its order. */
    List<Interaction> search(InteractionQuery query, int offset, int limit);

    long count(InteractionQuery query);

    /** How many interactions match the query on each channel (the query's own channel is ignored). */
    Map<Channel, Long> countByChannel(InteractionQuery query);
}
