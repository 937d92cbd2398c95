package app.clientele.viewmodel.reminders;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.Channel;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.Interaction;
import app.clientele.domain.LeadTime;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.SavedSegment;
import app.clientele.reminders.UpcomingBirthday;
import app.clientele.testutil.MutableClock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemindersViewModelTest {
    @TempDir
    Path folder;
    private ReminderBed bed;

    @BeforeEach
    void open() {
        // Sunday 29 November 2026, in Seoul.
        bed = new ReminderBed(folder.resolve("data"), MutableClock.at("2026-11-29T09:00", ZoneId.of("Asia/Seoul")));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void lists_birthdaysSoonestFirst_sayingWhatMatters() {
        bed.client(aClient().withName("Later").withBirthday(Birthday.solar(12, 20, null)).build());
        bed.client(aClient().withName("Jane Doe").withBirthday(Birthday.solar(12, 4, 1966)).build());
        bed.client(aClient().withName("Next year").withBirthday(Birthday.solar(3, 1, null)).build());
        RemindersViewModel reminders = bed.reminders();
        reminders.setShown(true);

        assertEquals(List.of("Jane Doe", "Later"), names(reminders.birthdays()));
        UpcomingBirthday jane = reminders.birthdays().get(0);
        assertEquals("Turns 60 on Friday", reminders.reminderText(jane));
        assertEquals("Birthday in 21 days", reminders.reminderText(reminders.birthdays().get(1)));
        assertEquals("2 birthdays · 1 card to send", reminders.summaryTextProperty().get());

        reminders.daysProperty().set(100);
        assertEquals(List.of("Jane Doe", "Later", "Next year"), names(reminders.birthdays()));
    }

    @Test
    void datesInCustomFields_areRemindedBesideTheBirthdays() {
        CustomField renewal = bed.customFields.create(CustomField.newField("Policy renewal", CustomFieldType.DATE,
                null, 30));
        bed.client(aClient().withName("Jane Doe").withCustom(renewal, "2026-12-11").build());
        bed.client(aClient().withName("Far off").withCustom(renewal, "2027-06-01").build());
        RemindersViewModel reminders = bed.reminders();

        reminders.setShown(true);

        assertEquals(1, reminders.otherDates().size());
        assertEquals("Policy renewal · Jane Doe · in 12 days (Dec 11, 2026)",
                reminders.describe(reminders.otherDates().get(0)));
    }

    @Test
    void markCardSent_removesTheBirthday_logsALetter_andCanBeUndone() {
        long id = bed.client(aClient().withName("Jane Doe").withBirthday(Birthday.solar(12, 2, 1966)).build());
        RemindersViewModel reminders = bed.reminders();
        reminders.setShown(true);

        reminders.markCardSent(reminders.birthdays().get(0));

        assertEquals(List.of(), names(reminders.birthdays()), "a sent card is not reminded again this year");
        assertTrue(bed.announced.contains(Set.of(id)), "the timelines and Today hear of the new interaction");
        List<Interaction> history = bed.interactions.timeline(id, 0, 10);
        assertEquals(Channel.LETTER, history.get(0).channel());
        assertEquals("Birthday card 2026", history.get(0).subject());
        reminders.showSentProperty().set(true);
        assertTrue(reminders.birthdays().get(0).cardSent());

        reminders.undoMarkCardSent();
        assertNull(reminders.lastMarkedProperty().get());
        assertEquals(0, bed.interactions.countFor(id));
        assertEquals(List.of(false), reminders.birthdays().stream().map(UpcomingBirthday::cardSent).toList());
    }

    @Test
    void composeGreeting_opensAMailtoInTheClientsLanguage() {
        bed.client(aKoreanClient().withBirthday(Birthday.solar(12, 1, 1966)).build());
        RemindersViewModel reminders = bed.reminders();
        reminders.setShown(true);

        reminders.composeGreeting(reminders.birthdays().get(0));

        String link = bed.links.get(0);
        assertTrue(link.startsWith("mailto:minsu.park@hanbit.example?subject="), link);
        String text = URLDecoder.decode(link, StandardCharsets.UTF_8);
        assertTrue(text.contains("박민수 대표님, 안녕하세요."), text);
        assertTrue(text.contains("60세 생신을 진심으로 축하드립니다"), text);
    }

    @Test
    void leadTime_ofAKeyClient_bringsTheirCardForward() {
        long key = bed.client(aClient().withName("Key client").withBirthday(Birthday.solar(12, 19, null)).build());
        bed.reminders.setLeadTime(key, new LeadTime(21, true));
        RemindersViewModel reminders = bed.reminders();
        reminders.setShown(true);

        assertTrue(reminders.birthdays().get(0).cardDue(bed.dates.today()), "20 days ahead, within 21");
        assertEquals("1 birthday · 1 card to send", reminders.summaryTextProperty().get());
    }

    @Test
    void exports_writeTheListedBirthdays_toTheChosenFiles() throws Exception {
        bed.client(aKoreanClient().withBirthday(Birthday.solar(12, 1, 1966)).build());
        RemindersViewModel reminders = bed.reminders();
        reminders.setShown(true);
        Path csv = folder.resolve("cards.csv");
        Path pdf = folder.resolve("labels.pdf");
        Path ics = folder.resolve("birthdays.ics");
        bed.dialogs.answerFile(csv).answerFile(pdf).answerFile(ics).answerFile(null);

        reminders.exportCardList();
        reminders.exportLabels();
        reminders.exportCalendar();
        reminders.exportCardList();

        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("세종대로 110"));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(Files.readString(ics, StandardCharsets.UTF_8).contains("RRULE:FREQ=YEARLY"));
        assertEquals(3, bed.dialogs.infos().size(), "cancelling the last one writes nothing");
        assertEquals(List.of(), bed.dialogs.errors());
    }

    @Test
    void labels_forASavedSegment_holdOnlyItsClients() throws Exception {
        bed.client(aKoreanClient().withTags("VIP").build());
        bed.client(aClient().withName("Jane Doe").withAddress(new PostalAddress("1 High Street", null, "Oxford", null,
                "OX1 1AA", "GB", null)).build());
        SavedSegment vips = bed.segments.add("VIPs", ClientFilter.builder().tag("VIP").build());
        RemindersViewModel reminders = bed.reminders();
        Path pdf = folder.resolve("vip-labels.pdf");
        bed.dialogs.answerFile(pdf);

        reminders.exportLabels(null, null, vips);

        try (PDDocument labels = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(labels);
            assertTrue(text.contains("세종대로 110"), text);
            assertFalse(text.contains("Oxford"), text);
        }
        assertEquals(List.of(vips), reminders.segmentChoices());
    }

    private static List<String> names(List<UpcomingBirthday> birthdays) {
        return birthdays.stream().map(b -> b.client().displayName()).toList();
    }
}
