package app.clientele.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Bulk reads and writes for importing, exporting and finding duplicate clients. */
public interface ExchangeRepository {

    /** Reads the clients with these ids in bulk and hands them over in the order of the ids. */
    void forEachClient(List<Long> ids, Consumer<Client> action);

    /** The firm's own fields, which files carry as extra columns or properties. */
    List<CustomField> customFields();

    /** The match keys of every client, for finding possible duplicates. */
    List<ClientKeys> matchKeys();

    /**
     * Runs an import in ONE transaction: everything the work writes through the session lands,
     * or (when it throws, or is cancelled by throwing) none of it does.
     */
    <T> T inOneTransaction(Function<ImportSession, T> work);

    /** What an import writes through, inside its single transaction. */
    interface ImportSession {
        /** Ids of the clients with any of these email match keys ({@link EmailAddress#matchKey()}). */
        Map<String, List<Long>> clientsByEmailKeys(Collection<String> keys);

        /** Ids of the clients with any of these phone match keys ({@link PhoneNumber#matchKey()}). */
        Map<String, List<Long>> clientsByPhoneKeys(Collection<String> keys);

        /** Queues a new client; new clients are written in batches. */
        void create(Client client);

        /** The id of a client queued with {@link #create}, counting from 0, writing the queue first. */
        long createdId(int index);

        /** A client as this import left it so far. */
        java.util.Optional<Client> find(long id);

        /** Stores an edit of an existing client; a stale version raises {@link StaleDataException}. */
        void update(Client client);
    }

    /** A client's name and the keys its emails and phones are matched by. */
    record ClientKeys(long id, String displayName, String familyName, String givenName, boolean archived,
                      List<String> emailKeys, List<String> phoneKeys) {
        public ClientKeys {
            emailKeys = List.copyOf(emailKeys);
            phoneKeys = List.copyOf(phoneKeys);
        }
    }
}
