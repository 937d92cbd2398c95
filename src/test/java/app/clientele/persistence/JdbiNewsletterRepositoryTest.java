package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ConsentMethod;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.NewsletterEdition;
import app.clientele.domain.NewsletterRepository.Recipient;
import app.clientele.domain.NewsletterStatus;
import app.clientele.domain.StaleDataException;
import app.clientele.domain.Subscription;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbiNewsletterRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private static final LocalDate CONSENT = LocalDate.of(2026, 3, 2);

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiNewsletterRepository newsletter;
    private JdbiClientRepository clients;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Seoul"));
        newsletter = new JdbiNewsletterRepository(database.jdbi(), clock);
        clients = new JdbiClientRepository(database.jdbi(), clock);
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void eachClientsNewsletterStatus_isInTheList_andSegmentsSelectOnIt() {
        long subscriber = clients.create(aClient().withName("Subscriber").build()).id();
        long optedOut = clients.create(aClient().withName("Opted out").build()).id();
        long neverAsked = clients.create(aClient().withName("Never asked").build()).id();
        newsletter.subscribe(Subscription.consent(subscriber, NewsletterChannel.EMAIL, CONSENT, ConsentMethod.FORM));
        newsletter.unsubscribe(newsletter.subscribe(Subscription.consent(subscriber, NewsletterChannel.SMS, CONSENT,
                ConsentMethod.FORM)).unsubscribed(CONSENT.plusDays(3)));
        newsletter.unsubscribe(newsletter.subscribe(Subscription.consent(optedOut, NewsletterChannel.EMAIL, CONSENT,
                ConsentMethod.FORM)).unsubscribed(CONSENT.plusDays(3)));

        assertEquals(NewsletterStatus.SUBSCRIBED, clients.summary(subscriber).orElseThrow().activity().newsletter(),
                "one channel still subscribed");
        assertEquals(NewsletterStatus.OPTED_OUT, clients.summary(optedOut).orElseThrow().activity().newsletter());
        for (NewsletterStatus status : NewsletterStatus.values()) {
            long expected = Map.of(NewsletterStatus.SUBSCRIBED, subscriber, NewsletterStatus.OPTED_OUT, optedOut,
                    NewsletterStatus.NOT_ASKED, neverAsked).get(status);
            assertEquals(List.of(expected), ClientFilter.builder().newsletter(status).build()
                    .matchingIds(clients.summaries(), Clock.fixed(NOW, ZoneId.of("Asia/Seoul"))).stream().toList());
        }
    }

    @Test
    void unsubscribing_keepsTheRecordOfWhen_andAllowsANewConsentLater() {
        long id = clients.create(aClient().withEmail("work", "jane@example.com").build()).id();
        Subscription consent = newsletter.subscribe(Subscription.consent(id, NewsletterChannel.EMAIL, CONSENT,
                ConsentMethod.FORM));
        assertThrows(ClienteleException.class, () -> newsletter.subscribe(Subscription.consent(id,
                NewsletterChannel.EMAIL, CONSENT, ConsentMethod.EMAIL)), "one active consent per channel");
        newsletter.subscribe(Subscription.consent(id, NewsletterChannel.SMS, CONSENT, ConsentMethod.IN_PERSON));
        assertEquals(List.of(id), newsletter.active(NewsletterChannel.EMAIL).stream().map(Subscription::clientId).toList());

        Subscription ended = newsletter.unsubscribe(consent.unsubscribed(CONSENT.plusMonths(2)));
        assertThrows(StaleDataException.class, () -> newsletter.unsubscribe(consent.unsubscribed(CONSENT.plusMonths(3))));
        assertEquals(List.of(), newsletter.active(NewsletterChannel.EMAIL));
        assertEquals(1, newsletter.active(NewsletterChannel.SMS).size(), "SMS consent is kept separately");

        newsletter.subscribe(Subscription.consent(id, NewsletterChannel.EMAIL, CONSENT.plusMonths(5), ConsentMethod.EMAIL));
        List<Subscription> history = newsletter.subscriptionsOf(id).stream()
                .filter(s -> s.channel() == NewsletterChannel.EMAIL).toList();
        assertEquals(2, history.size());
        assertEquals(ended.unsubscribedOn(), history.get(1).unsubscribedOn());
        assertTrue(history.get(0).isActive());
    }

    @Test
    void markingAnEditionSent_recordsItsRecipientsOnce() {
        long jane = clients.create(aClient().withName("Jane").withEmail("work", "jane@example.com").build()).id();
        NewsletterEdition edition = newsletter.create(NewsletterEdition.planned("Spring tax news", LocalDate.of(2026, 4, 1)));
        NewsletterEdition renamed = newsletter.update(new NewsletterEdition(edition.id(), edition.version(),
                "Spring tax update", edition.sendDate(), null, 0));

        NewsletterEdition sent = newsletter.markSent(renamed, List.of(new Recipient(jane, "jane@example.com")), NOW);

        assertEquals(NOW, sent.sentAt());
        assertEquals(List.of(new Recipient(jane, "jane@example.com")), newsletter.recipients(edition.id()));
        assertEquals(List.of(sent), newsletter.editions());
        assertThrows(StaleDataException.class, () -> newsletter.markSent(sent, List.of(), NOW), "sent only once");
        newsletter.delete(edition.id());
        assertEquals(List.of(), newsletter.editions());
    }
}
