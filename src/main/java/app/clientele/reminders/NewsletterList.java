package app.clientele.reminders;

import app.clientele.domain.ContactDetails;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.NewsletterRepository.Recipient;
import app.clientele.domain.Subscription;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is on the newsletter list: clients with an active email consent, an email address, and not
 * archived. Consent without an address, or an archived client, keeps its record but is left off.
 */
public final class NewsletterList {
    private NewsletterList() {
    }

    /** A client on the list, with the consent that puts them there. */
    public record Subscriber(ContactDetails client, Subscription subscription) {
        public String email() {
            return client.email();
        }
    }

    /** Why a client with consent is not on the list. */
    public enum Exclusion { NO_EMAIL, ARCHIVED, UNSUBSCRIBED }

    /** The reason a client is left off the list, or null when they are on it. */
    public static Exclusion exclusion(Subscription subscription, ContactDetails client) {
        if (subscription.channel() != NewsletterChannel.EMAIL || !subscription.isActive()) {
            return Exclusion.UNSUBSCRIBED;
        }
        if (client.archived()) {
            return Exclusion.ARCHIVED;
        }
        return client.email() == null ? Exclusion.NO_EMAIL : null;
    }

    /**
     * The subscribers among these consents, sorted by email address for a stable list. A client with
     * two running consents (as merging two clients can leave) is one subscriber, by the earlier one.
     */
    public static List<Subscriber> subscribers(Collection<Subscription> subscriptions,
                                               Collection<ContactDetails> clients) {
        Map<Long, ContactDetails> byId = clients.stream()
                .collect(Collectors.toMap(ContactDetails::id, Function.identity(), (a, b) -> a));
        Map<Long, Subscription> earliestPerClient = subscriptions.stream()
                .filter(subscription -> byId.containsKey(subscription.clientId()))
                .filter(subscription -> exclusion(subscription, byId.get(subscription.clientId())) == null)
                .collect(Collectors.toMap(Subscription::clientId, Function.identity(),
                        (a, b) -> a.consentDate().isAfter(b.consentDate()) ? b : a));
        return earliestPerClient.values().stream()
                .map(subscription -> new Subscriber(byId.get(subscription.clientId()), subscription))
                .sorted(Comparator.comparing(Subscriber::email, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The recipients an edition marked sent now records: every subscriber at their current address. */
    public static List<Recipient> recipients(List<Subscriber> subscribers) {
        return subscribers.stream().map(s -> new Recipient(s.client().id(), s.email())).toList();
    }

    /** Subscribers who did not receive an edition (new since it went out). */
    public static List<Subscriber> notAmong(List<Subscriber> subscribers, Collection<Recipient> received) {
        Set<Long> ids = received.stream().map(Recipient::clientId).collect(Collectors.toSet());
        return subscribers.stream().filter(s -> !ids.contains(s.client().id())).toList();
    }

    /** Addresses to paste into a mail program's BCC field, separated by commas. */
    public static String bccList(List<Subscriber> subscribers) {
        return subscribers.stream().map(Subscriber::email).distinct().collect(Collectors.joining(", "));
    }
}
