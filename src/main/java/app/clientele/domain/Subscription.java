package app.clientele.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a client's consent to receive the newsletter on a channel. It cannot exist without
 * the day and the way consent was given: prior consent is what Korean rules for marketing messages
 * require. Unsubscribing sets {@code unsubscribedOn} and keeps the record.
 */
public record Subscription(Long id, int version, long clientId, NewsletterChannel channel, LocalDate consentDate,
                           ConsentMethod consentMethod, LocalDate unsubscribedOn, Instant createdAt) {
    public Subscription {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(consentDate, "a subscription needs the day consent was given");
        Objects.requireNonNull(consentMethod, "a subscription needs the way consent was given");
        if (unsubscribedOn != null && unsubscribedOn.isBefore(consentDate)) {
            throw new IllegalArgumentException("unsubscribed before consenting");
        }
    }

    /** A new consent, effective from {@code consentDate}. */
    public static Subscription consent(long clientId, NewsletterChannel channel, LocalDate consentDate,
                                       ConsentMethod method) {
        return new Subscription(null, 0, clientId, channel, consentDate, method, null, null);
    }

    public boolean isActive() {
        return unsubscribedOn == null;
    }

    public Subscription unsubscribed(LocalDate on) {
        return new Subscription(id, version, clientId, channel, consentDate, consentMethod, on, createdAt);
    }

    public Subscription withId(long newId, int newVersion, Instant created) {
        return new Subscription(newId, newVersion, clientId, channel, consentDate, consentMethod, unsubscribedOn,
                created);
    }
}
