package app.clientele.reminders;

import app.clientele.domain.Birthday;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.MissingDayRule;
import app.clientele.i18n.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Birthdays as an iCalendar file (RFC 5545) that Google Calendar, Outlook and Apple Calendar
 * import: one all-day event per client, repeating every year. What a yearly rule cannot say is
 * written as one dated event per year for {@code years} years: lunar birthdays (their solar day
 * moves), and 29 February birthdays that move to 1 March in common years. 29 February moving to
 * 28 February is the yearly rule "last day of February".
 */
public final class BirthdayCalendar {
    public static final int DEFAULT_YEARS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    private BirthdayCalendar() {
    }

    /**
     * Writes the calendar. Recurring events start with this year's birthday; dated ones cover this
     * year and the {@code years - 1} after it.
     */
    public static void write(OutputStream out, List<ContactDetails> clients, MissingDayRule rule, LocalDate today,
                             int years, Instant now, Texts texts) throws IOException {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Clientele//Birthdays//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(texts.get("calendar.name")));
        String stamp = STAMP.format(now);
        for (ContactDetails client : clients) {
            Birthday birthday = client.birthday();
            if (birthday == null || client.archived()) {
                continue;
            }
            boolean leapDay = !birthday.lunar() && birthday.month() == 2 && birthday.day() == 29;
            if (birthday.lunar() || leapDay && rule == MissingDayRule.DAY_AFTER) {
                for (int year = today.getYear(); year < today.getYear() + years; year++) {
                    LocalDate day = BirthdayDates.in(birthday, year, rule);
                    Integer age = BirthdayDates.age(birthday, year);
                    String summary = age == null ? texts.get("calendar.summary", client.displayName())
                            : texts.get("calendar.summary.age", client.displayName(), age);
                    event(ics, "birthday-" + client.id() + "-" + year + "@clientele", stamp, day, summary,
                            description(client, birthday, texts), null);
                }
            } else {
                LocalDate first = BirthdayDates.in(birthday, today.getYear(), rule);
                String recurrence = leapDay ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY";
                event(ics, "birthday-" + client.id() + "@clientele", stamp, first,
                        texts.get("calendar.summary", client.displayName()), description(client, birthday, texts),
                        recurrence);
            }
        }
        line(ics, "END:VCALENDAR");
        out.write(ics.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String description(ContactDetails client, Birthday birthday, Texts texts) {
        StringBuilder description = new StringBuilder();
        if (birthday.lunar()) {
            description.append(texts.get(birthday.leapMonth() ? "reminders.lunarDate.leap" : "reminders.lunarDate",
                    birthday.month(), birthday.day()));
        }
        if (birthday.year() != null) {
            if (!description.isEmpty()) {
                description.append('\n');
            }
            description.append(texts.get("calendar.born", Integer.toString(birthday.year())));
        }
        if (client.name().nickname() != null) {
            if (!description.isEmpty()) {
                description.append('\n');
            }
            description.append(client.name().nickname());
        }
        return description.toString();
    }

    private static void event(StringBuilder ics, String uid, String stamp, LocalDate day, String summary,
                              String description, String recurrence) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + DAY.format(day));
        line(ics, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        if (recurrence != null) {
            line(ics, "RRULE:" + recurrence);
        }
        line(ics, "SUMMARY:" + text(summary));
        if (!description.isEmpty()) {
            line(ics, "DESCRIPTION:" + text(description));
        }
        line(ics, "TRANSP:TRANSPARENT");
        line(ics, "CATEGORIES:" + text("Birthday"));
        line(ics, "END:VEVENT");
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Adds a content line, folded so no line is longer than 75 octets (never inside a character). */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
