package app.clientele.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.ClientName;
import app.clientele.domain.ConsentMethod;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.Household;
import java.util.Map;
import app.clientele.domain.MissingDayRule;
import app.clientele.domain.NameOrder;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Segment;
import app.clientele.domain.Subscription;
import app.clientele.i18n.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The files Clientele writes for other programs: read back by real readers. */
class ExportsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final PostalAddress SEOUL = new PostalAddress("세종대로 110", "3층 301호", "중구", "서울특별시", "04524",
            "대한민국");
    private static final ContactDetails MINSU = new ContactDetails(1,
            new ClientName("박민수", "박", "민수", NameOrder.FAMILY_FIRST, "대표님", "민수형"), SEOUL,
            new Birthday(8, 15, 1966, true, false), "minsu@example.kr", "01012345678", List.of("VIP", "세무"),
            Segment.BUSINESS, false, null);
    private static final ContactDetails JANE = new ContactDetails(2,
            new ClientName("Jane Doe", "Doe", "Jane", NameOrder.GIVEN_FIRST, null, null),
            new PostalAddress("1 High Street", null, "Oxford", null, "OX1 1AA", "United Kingdom"),
            Birthday.solar(2, 29, 1988), "jane@example.com", null, List.of(), Segment.INDIVIDUAL, false, null);

    @Test
    void mailingList_hasMailchimpsColumns_koreanNamesIntact_andFieldsCutTo255Bytes() throws Exception {
        ContactDetails longTags = new ContactDetails(3, ClientName.of("김".repeat(100)), null, null, "k@example.kr", null,
                List.of("태그".repeat(60)), null, false, null);
        List<NewsletterList.Subscriber> subscribers = NewsletterList.subscribers(
                List.of(consent(1), consent(2), consent(3)), List.of(MINSU, JANE, longTags));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContactCsv.writeMailingList(out, subscribers, TODAY, MissingDayRule.DAY_BEFORE);

        List<CSVRecord> rows = parse(out.toByteArray());
        assertEquals(ContactCsv.MAILING_COLUMNS, rows.get(0).toList());
        Map<String, CSVRecord> byEmail = rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(0), r -> r));
        CSVRecord minsu = byEmail.get("minsu@example.kr");
        assertEquals(List.of("minsu@example.kr", "민수", "박", "04524, 서울특별시 중구 세종대로 110, 3층 301호",
                "010-1234-5678", "09/25", "VIP, 세무"), minsu.toList(), "lunar 8/15 falls on 25 September 2026");
        assertEquals("02/29", byEmail.get("jane@example.com").get(5));
        CSVRecord cut = byEmail.get("k@example.kr");
        assertEquals(255, cut.get(1).getBytes(StandardCharsets.UTF_8).length, "85 Hangul syllables");
        assertTrue(cut.get(6).getBytes(StandardCharsets.UTF_8).length <= 255);
        assertTrue(cut.get(6).startsWith("태그태그"), "cut between characters, never inside one");
    }

    @Test
    void cardList_startsWithAByteOrderMark_andHasNamesAndAddresses() throws Exception {
        List<UpcomingBirthday> birthdays = new BirthdayReminders(
                app.clientele.domain.ReminderSettings.DEFAULTS, Map.of()).upcoming(List.of(MINSU), List.of(), TODAY, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContactCsv.writeCardList(out, birthdays);

        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<CSVRecord> rows = parse(java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
        assertEquals(ContactCsv.CARD_COLUMNS, rows.get(0).toList());
        assertEquals(List.of("박민수", "박민수 대표님", "2026-09-25", "60", "8/15", "04524", "서울특별시 중구 세종대로 110",
                "3층 301호", "", "대한민국"), rows.get(1).toList());
    }

    @Test
    void calendar_parsesStrictly_withYearlyEvents_andDatedLunarOnes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BirthdayCalendar.write(out, List.of(MINSU, JANE), MissingDayRule.DAY_BEFORE, TODAY, 3,
                Instant.parse("2026-09-01T08:00:00Z"), new Texts(Locale.ENGLISH));

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75), "folded lines");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertEquals(4, events.size(), "three dated lunar events and one yearly event");
        Map<String, String> starts = events.stream().collect(Collectors.toMap(
                event -> event.getProperty(Property.UID).orElseThrow().getValue(),
                event -> event.getProperty(Property.DTSTART).orElseThrow().getValue()));
        assertEquals("20260925", starts.get("birthday-1-2026@clientele"));
        assertEquals("20270915", starts.get("birthday-1-2027@clientele"));
        assertEquals("20281003", starts.get("birthday-1-2028@clientele"));
        assertEquals("20260228", starts.get("birthday-2@clientele"));
        VEvent jane = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .equals("birthday-2@clientele")).findFirst().orElseThrow();
        assertEquals("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", jane.getProperty(Property.RRULE).orElseThrow().getValue());
        VEvent minsu2027 = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .equals("birthday-1-2027@clientele")).findFirst().orElseThrow();
        assertEquals("박민수 turns 61", minsu2027.getProperty(Property.SUMMARY).orElseThrow().getValue());
    }

    @Test
    void holidayLabels_goOncePerHouseholdToItsMainContact() {
        Household doe = new Household(1L, 0, null, List.of(new Household.Member(JANE.id(), JANE.name(), JANE.address()),
                new Household.Member(MINSU.id(), MINSU.name(), MINSU.address())));
        Map<Long, Household> households = Map.of(JANE.id(), doe, MINSU.id(), doe);

        List<AddressLabels.Label> labels = AddressLabels.forHouseholds(List.of(MINSU, JANE), households);

        assertEquals(1, labels.size());
        assertEquals(JANE.address(), labels.get(0).address(), "the main contact's address");
        assertEquals(doe.addressedAs(), labels.get(0).name());
    }

    @Test
    void labels_printKoreanAddressesInKoreanOrder_withTheFontEmbedded() throws Exception {
        List<AddressLabels.Label> labels = AddressLabels.of(List.of(MINSU, JANE));
        assertEquals(List.of("04524", "서울특별시 중구 세종대로 110", "3층 301호", "박민수 대표님"), AddressLabels.lines(labels.get(0)));
        assertEquals(List.of("Jane Doe", "1 High Street", "Oxford OX1 1AA"), AddressLabels.lines(labels.get(1)));
        List<ContactDetails> many = java.util.stream.IntStream.range(0, 25).mapToObj(i -> i == 0 ? MINSU : JANE).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AddressLabels.write(out, AddressLabels.of(many), AddressLabels.Sheet.A4_3X8);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, pdf.getNumberOfPages(), "24 labels a page");
            String firstPage = new PDFTextStripper().getText(pdf);
            assertTrue(firstPage.contains("서울특별시 중구 세종대로 110"), firstPage);
            assertTrue(firstPage.contains("박민수 대표님"));
            assertTrue(firstPage.contains("Oxford OX1 1AA"));
        }
    }

    private static Subscription consent(long clientId) {
        return Subscription.consent(clientId, NewsletterChannel.EMAIL, LocalDate.of(2026, 1, 5), ConsentMethod.FORM);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws Exception {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
