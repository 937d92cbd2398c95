package app.clientele.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.clientele.domain.ClientName;
import app.clientele.domain.ConsentMethod;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.NewsletterRepository.Recipient;
import app.clientele.domain.Subscription;
import app.clientele.reminders.NewsletterList.Subscriber;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consent rules: only clients with an active email consent, an address and not archived are on the list. */
class NewsletterListTest {
    private static final LocalDate CONSENT = LocalDate.of(2026, 3, 2);

    private static ContactDetails client(long id, String email, boolean archived) {
        return new ContactDetails(id, ClientName.of("Client " + id), null, null, email, null, List.of(), null,
                archived, null);
    }

    private static Subscription consent(long clientId) {
        return new Subscription((long) clientId, 0, clientId, NewsletterChannel.EMAIL, CONSENT, ConsentMethod.FORM,
                null, null);
    }

    @Test
    void noEmail_unsubscribed_archived_andSmsOnly_areExcluded() {
        Subscription sms = new Subscription(5L, 0, 5, NewsletterChannel.SMS, CONSENT, ConsentMethod.IN_PERSON, null, null);
        List<NewsletterList.Subscriber> list = NewsletterList.subscribers(
                List.of(consent(1), consent(2), consent(3).unsubscribed(CONSENT.plusDays(5)), consent(4), sms),
                List.of(client(1, "b@example.com", false), client(2, null, false), client(3, "c@example.com", false),
                        client(4, "d@example.com", true), client(5, "e@example.com", false)));

        assertEquals(List.of(1L), list.stream().map(s -> s.client().id()).toList());
        assertEquals(NewsletterList.Exclusion.NO_EMAIL, NewsletterList.exclusion(consent(2), client(2, null, false)));
        assertEquals(NewsletterList.Exclusion.ARCHIVED,
                NewsletterList.exclusion(consent(4), client(4, "d@example.com", true)));
        assertEquals(NewsletterList.Exclusion.UNSUBSCRIBED,
                NewsletterList.exclusion(consent(3).unsubscribed(CONSENT), client(3, "c@example.com", false)));
        assertNull(NewsletterList.exclusion(consent(1), client(1, "b@example.com", false)));
    }

    @Test
    void clientWithTwoRunningConsents_afterAMerge_isOneSubscriberByTheEarlierConsent() {
        Subscription later = new Subscription(7L, 0, 1, NewsletterChannel.EMAIL, CONSENT.plusMonths(2),
                ConsentMethod.EMAIL, null, null);

        List<Subscriber> subscribers = NewsletterList.subscribers(List.of(later, consent(1)),
                List.of(client(1, "a@example.com", false)));

        assertEquals(1, subscribers.size());
        assertEquals(CONSENT, subscribers.get(0).subscription().consentDate());
    }

    @Test
    void subscription_cannotExistWithoutRecordedConsent() {
        assertThrows(NullPointerException.class, () -> Subscription.consent(1, NewsletterChannel.EMAIL, null,
                ConsentMethod.FORM));
        assertThrows(NullPointerException.class, () -> Subscription.consent(1, NewsletterChannel.EMAIL, CONSENT, null));
        assertThrows(IllegalArgumentException.class, () -> consent(1).unsubscribed(CONSENT.minusDays(1)));
    }

    @Test
    void notAmong_findsNewSubscribers_andBccListJoinsAddresses() {
        List<NewsletterList.Subscriber> list = NewsletterList.subscribers(List.of(consent(1), consent(2)),
                List.of(client(1, "a@example.com", false), client(2, "b@example.com", false)));
        assertEquals(List.of(2L), NewsletterList.notAmong(list, List.of(new Recipient(1, "a@example.com")))
                .stream().map(s -> s.client().id()).toList());
        assertEquals("a@example.com, b@example.com", NewsletterList.bccList(list));
        assertEquals(List.of(new Recipient(1, "a@example.com"), new Recipient(2, "b@example.com")),
                NewsletterList.recipients(list));
    }
}
