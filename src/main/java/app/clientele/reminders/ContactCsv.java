package app.clientele.reminders;

import app.clientele.domain.ClientName;
import app.clientele.domain.MissingDayRule;
import app.clientele.text.AddressFormat;
import app.clientele.text.Phones;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files for other programs, written as UTF-8 with RFC 4180 quoting: the newsletter list in
 * the column layout Mailchimp and similar services import, and the birthday card list for mail
 * merge in Word or LibreOffice.
 */
public final class ContactCsv {
    /** Mailchimp's import columns. */
    public static final List<String> MAILING_COLUMNS = List.of("Email Address", "First Name", "Last Name", "Address",
            "Phone Number", "Birthday", "Tags");
    /** The card list's columns, named for mail-merge fields. */
    public static final List<String> CARD_COLUMNS = List.of("Name", "Greeting Name", "Birthday", "Turns",
            "Lunar Birthday", "Postcode", "Address Line 1", "Address Line 2", "Address Line 3", "Country");
    /** Mailchimp keeps at most this many bytes of a field. */
    public static final int MAX_FIELD_BYTES = 255;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ContactCsv() {
    }

    /**
     * The subscribers in Mailchimp's layout, each field cut to 255 bytes of UTF-8 (never inside a
     * character). The birthday is MM/DD; for a lunar birthday, the solar day of its next occurrence.
     */
    public static void writeMailingList(OutputStream out, List<NewsletterList.Subscriber> subscribers,
                                        LocalDate today, MissingDayRule rule) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(
                MAILING_COLUMNS.toArray(String[]::new)).get())) {
            for (NewsletterList.Subscriber subscriber : subscribers) {
                var client = subscriber.client();
                ClientName name = client.name();
                boolean split = name.givenName() != null || name.familyName() != null;
                String birthday = "";
                if (client.birthday() != null) {
                    LocalDate day = client.birthday().lunar()
                            ? BirthdayDates.next(client.birthday(), today, rule).date()
                            : LocalDate.of(2000, client.birthday().month(), client.birthday().day());
                    birthday = String.format("%02d/%02d", day.getMonthValue(), day.getDayOfMonth());
                }
                csv.printRecord(List.of(client.email(),
                                split ? orEmpty(name.givenName()) : name.displayName(),
                                split ? orEmpty(name.familyName()) : "",
                                AddressFormat.singleLine(client.address()),
                                client.phone() == null ? "" : Phones.format(client.phone()),
                                birthday, String.join(", ", client.tags()))
                        .stream().map(ContactCsv::cut).toList());
            }
        }
    }

    /**
     * The birthdays with names and postal addresses for a mail merge, in the user's calendar. The
     * file starts with a byte-order mark, which Excel and Word need to read it as UTF-8.
     */
    public static void writeCardList(OutputStream out, List<UpcomingBirthday> birthdays) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(
                CARD_COLUMNS.toArray(String[]::new)).get())) {
            for (UpcomingBirthday birthday : birthdays) {
                var client = birthday.client();
                List<String> lines = new ArrayList<>(AddressFormat.lines(client.address(), false));
                boolean korean = AddressFormat.isKorean(client.address());
                String postcode = client.address().postcode() == null ? "" : client.address().postcode();
                // The postcode has its own column: a Korean address's first line is left out; a Western
                // address keeps it beside the city, where it belongs.
                if (korean && !lines.isEmpty() && lines.get(0).equals(postcode)) {
                    lines.remove(0);
                }
                while (lines.size() < 3) {
                    lines.add("");
                }
                var b = client.birthday();
                csv.printRecord(client.displayName(), Greeting.addressedAs(client.name()), birthday.date().toString(),
                        birthday.age() == null ? "" : birthday.age().toString(),
                        b.lunar() ? (b.leapMonth() ? "L" : "") + b.month() + "/" + b.day() : "",
                        postcode, lines.get(0), lines.get(1), String.join(" ", lines.subList(2, lines.size())).strip(),
                        client.address().country() == null ? "" : client.address().country());
            }
        }
    }

    /** The text cut to at most 255 bytes of UTF-8, at a character boundary. */
    static String cut(String text) {
        if (text == null) {
            return "";
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_FIELD_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
