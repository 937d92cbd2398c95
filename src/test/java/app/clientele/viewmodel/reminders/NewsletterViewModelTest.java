package app.clientele.viewmodel.reminders;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.ConsentMethod;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.NewsletterEdition;
import app.clientele.domain.NewsletterRepository.Recipient;
import app.clientele.domain.SavedSegment;
import app.clientele.reminders.NewsletterList.Subscriber;
import app.clientele.testutil.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consent recorded on the client's tab, the list in the Newsletter view, editions and their recipients. */
class NewsletterViewModelTest {
    @TempDir
    Path folder;
    private ReminderBed bed;

    @BeforeEach
    void open() {
        bed = new ReminderBed(folder.resolve("data"), MutableClock.at("2026-11-29T09:00", ZoneId.of("Asia/Seoul")));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private ClientRemindersViewModel clientTab() {
        return new ClientRemindersViewModel(bed.reminders, bed.newsletter, bed.tasks, bed.dialogs, bed.texts, bed.dates,
                bed.changes);
    }

    private NewsletterViewModel newsletter() {
        return new NewsletterViewModel(bed.newsletter, bed.reminders, bed.segments, bed.tasks, bed.dialogs, bed.texts,
                bed.dates, bed.changes);
    }

    private ClientSummary summary(long id) {
        return bed.clients.summary(id).orElseThrow();
    }

    private void consent(ClientRemindersViewModel tab, long id, LocalDate day) {
        tab.open(summary(id));
        tab.consentDateProperty().set(day);
        tab.consentMethodProperty().set(ConsentMethod.FORM);
        tab.recordConsent();
    }

    @Test
    void consent_needsDayAndWay_andUnsubscribingKeepsTheRecord() {
        long jane = bed.client(aClient().withName("Jane").withEmail("work", "jane@example.com").build());
        ClientRemindersViewModel tab = clientTab();
        tab.open(summary(jane));
        assertEquals("Choose how consent was given.", tab.consentErrorProperty().get());
        tab.consentDateProperty().set(LocalDate.of(2026, 12, 1));
        tab.consentMethodProperty().set(ConsentMethod.IN_PERSON);
        assertEquals("Consent cannot be given in the future.", tab.consentErrorProperty().get());
        tab.consentDateProperty().set(LocalDate.of(2026, 3, 2));
        tab.recordConsent();
        assertEquals("Subscribed since Mar 2, 2026 (In person)", tab.statusTextProperty(NewsletterChannel.EMAIL).get());
        assertEquals("This client already has an active subscription on that channel.",
                tab.consentErrorProperty().get());

        bed.dialogs.answerConfirm(true);
        tab.unsubscribe(NewsletterChannel.EMAIL);
        assertEquals("Not subscribed", tab.statusTextProperty(NewsletterChannel.EMAIL).get());
        assertEquals(List.of("Email · Mar 2, 2026 to Nov 29, 2026 · In person"),
                tab.consentHistory().stream().map(tab::describe).toList());
    }

    @Test
    void list_excludesNoEmailAndArchived_andMarkSentRecordsTheSubscribersThen() throws Exception {
        long jane = bed.client(aClient().withName("Jane").withEmail("work", "jane@example.com").build());
        long noEmail = bed.client(aClient().withName("No email").build());
        long archived = bed.client(aClient().withName("Gone").withEmail("work", "gone@example.com").archived().build());
        ClientRemindersViewModel tab = clientTab();
        for (long id : List.of(jane, noEmail, archived)) {
            consent(tab, id, LocalDate.of(2026, 1, 10));
        }
        assertTrue(tab.statusTextProperty(NewsletterChannel.EMAIL).get().endsWith("archived, so not on the list"));
        NewsletterViewModel newsletter = newsletter();
        newsletter.setShown(true);
        assertEquals(List.of("jane@example.com"), emails(newsletter.subscribers()));
        assertEquals("1 subscriber · 1 with consent but no email address", newsletter.summaryTextProperty().get());

        newsletter.newSubjectProperty().set("Winter tax tips");
        newsletter.addEdition();
        NewsletterEdition winter = newsletter.editions().get(0);
        bed.dialogs.answerConfirm(true);
        newsletter.markSent(winter);
        long bob = bed.client(aClient().withName("Bob").withEmail("work", "bob@example.com").build());
        consent(tab, bob, LocalDate.of(2026, 11, 29));

        assertEquals(List.of(new Recipient(jane, "jane@example.com")), bed.newsletter.recipients(winter.id()));
        assertEquals(List.of("bob@example.com", "jane@example.com"), emails(newsletter.subscribers()));
        assertEquals(List.of("bob@example.com"), emails(newsletter.notReceived()), "new since the latest edition");
        assertEquals("bob@example.com", newsletter.bccList(true));
        assertEquals("bob@example.com, jane@example.com", newsletter.bccList(false));

        Path csv = folder.resolve("list.csv");
        bed.dialogs.answerFile(csv);
        newsletter.exportCsv();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("Email Address,First Name,Last Name,Address,Phone Number,Birthday,Tags", lines.get(0));
        assertEquals(3, lines.size());
    }

    @Test
    void aSavedSegment_narrowsTheList_itsExports_andWhoAnEditionIsRecordedAsSentTo() {
        long jane = bed.client(aClient().withName("Jane").withEmail("work", "jane@example.com").withTags("VIP").build());
        long bob = bed.client(aClient().withName("Bob").withEmail("work", "bob@example.com").build());
        ClientRemindersViewModel tab = clientTab();
        consent(tab, jane, LocalDate.of(2026, 1, 10));
        consent(tab, bob, LocalDate.of(2026, 1, 10));
        SavedSegment vips = bed.segments.add("VIPs", ClientFilter.builder().tag("vip").build());
        NewsletterViewModel newsletter = newsletter();
        newsletter.setShown(true);
        assertEquals(List.of(vips), newsletter.segmentChoices());

        newsletter.onlySegmentProperty().set(vips);
        assertEquals(List.of("jane@example.com"), emails(newsletter.subscribers()));
        assertEquals("jane@example.com", newsletter.bccList(false));
        newsletter.newSubjectProperty().set("For our VIPs");
        newsletter.addEdition();
        bed.dialogs.answerConfirm(true);
        newsletter.markSent(newsletter.editions().get(0));

        assertEquals(List.of(new Recipient(jane, "jane@example.com")),
                bed.newsletter.recipients(newsletter.editions().get(0).id()));
        newsletter.onlySegmentProperty().set(null);
        assertEquals(List.of("bob@example.com", "jane@example.com"), emails(newsletter.subscribers()));
        assertEquals(List.of("bob@example.com"), emails(newsletter.notReceived()));
    }

    private static List<String> emails(List<Subscriber> list) {
        return list.stream().map(Subscriber::email).toList();
    }
}
