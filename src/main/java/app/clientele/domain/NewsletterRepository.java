package app.clientele.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Newsletter consent, editions and their recipients. Each call is one transaction. */
public interface NewsletterRepository {

    /** A client's consent records on every channel, newest first. */
    List<Subscription> subscriptionsOf(long clientId);

    /** The subscriptions on a channel that are not unsubscribed. */
    List<Subscription> active(NewsletterChannel channel);

    /**
     * Records a new consent.
     *
     * @throws ClienteleException when the client already has an active subscription on that channel
     */
    Subscription subscribe(Subscription consent);

    /**
     * Stores the end of a subscription, keeping its record.
     *
     * @throws StaleDataException when it was changed elsewhere meanwhile
     */
    Subscription unsubscribe(Subscription ended);

    /** The clients with these ids, whatever their state, for checking them against the rules. */
    List<ContactDetails> contacts(Collection<Long> clientIds);

    /** Every edition, latest send date first. */
    List<NewsletterEdition> editions();

    NewsletterEdition create(NewsletterEdition edition);

    /** @throws StaleDataException when the edition was changed elsewhere meanwhile */
    NewsletterEdition update(NewsletterEdition edition);

    void delete(long editionId);

    /**
     * Marks an edition sent to these recipients, in one transaction.
     *
     * @throws StaleDataException when it was changed (or sent) elsewhere meanwhile
     */
    NewsletterEdition markSent(NewsletterEdition edition, List<Recipient> recipients, Instant at);

    /** Who received an edition. */
    List<Recipient> recipients(long editionId);

    /** One client who received an edition, at this address. */
    record Recipient(long clientId, String email) {
    }
}
