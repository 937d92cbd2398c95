package app.clientele.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where clients are kept. Implementations write each call in one transaction. */
public interface ClientRepository {

    /** Stores a new client and returns it with its id, version and times. */
    Client create(Client client);

    /**
     * Stores an edit of an existing client.
     *
     * @throws StaleDataException when the stored version is no longer the one the edit started from
     */
    Client update(Client client);

    Optional<Client> find(long id);

    /** Every client as the list needs it, archived ones included. */
    List<ClientSummary> summaries();

    /** The id and display name of every client, archived ones included: enough to put the list in order. */
    List<ClientRef> names();

    /** These clients as the list needs them, in no particular order; ids no longer stored are left out. */
    List<ClientSummary> summaries(Collection<Long> ids);

    Optional<ClientSummary> summary(long id);

    /** Archives or restores a client; returns the stored result. */
    Client setArchived(long id, int expectedVersion, boolean archived);

    /**
     * Sets a client's customer type and notes who chose it: the user (an override, which suggestions
     * then leave alone) or the suggestion they accepted. Returns the stored result.
     *
     * @throws StaleDataException when the stored version is no longer {@code expectedVersion}
     */
    Client setCustomerType(long id, int expectedVersion, CustomerType type, boolean chosenByUser);

    void delete(long id);

    /** Every tag in use, for filters and suggestions. */
    List<String> tags();

    long count();
}
