package app.clientele.viewmodel;

import app.clientele.i18n.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's calendar: what "now" and "today" are in their zone (from an injected clock, so tests
 * can travel), and dates and times written the way their locale writes them.
 */
public final class Dates {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?");

    private final Clock clock;
    private final Texts texts;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;
    private final DateTimeFormatter timeFormat;

    public Dates(Clock clock, Texts texts) {
        this.clock = clock;
        this.texts = texts;
        dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        dateTimeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(clock.getZone());
        timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The instant a calendar day starts in the user's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** Whole calendar days from the instant's day to today. */
    public long daysSince(Instant instant) {
        return ChronoUnit.DAYS.between(dayOf(instant), today());
    }

    public String date(LocalDate day) {
        return day == null ? "" : dateFormat.format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormat.format(instant);
    }

    public String time(LocalTime time) {
        return time == null ? "" : timeFormat.format(time);
    }

    /** "Today", "Tomorrow", "Yesterday", or the date itself. */
    public String relativeDay(LocalDate day) {
        long offset = ChronoUnit.DAYS.between(today(), day);
        if (offset >= -1 && offset <= 1) {
            return texts.get(offset == 0 ? "dates.today" : offset == 1 ? "dates.tomorrow" : "dates.yesterday");
        }
        return date(day);
    }

    /** "3 days ago", "today": how long since a contact. */
    public String ago(Instant instant) {
        return texts.get("dates.daysAgo", daysSince(instant));
    }

    /**
     * A time of day as typed: "14:30", "9:05", "9.05", "9h05" or just "14". Blank is no time.
     *
     * @throws DateTimeParseException when the text is not a time
     */
    public static LocalTime parseTime(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        Matcher parts = TIME.matcher(stripped);
        if (!parts.matches()) {
            throw new DateTimeParseException("not a time", stripped, 0);
        }
        int hour = Integer.parseInt(parts.group(1));
        int minute = parts.group(2) == null ? 0 : Integer.parseInt(parts.group(2));
        if (hour > 23 || minute > 59) {
            throw new DateTimeParseException("not a time", stripped, 0);
        }
        return LocalTime.of(hour, minute);
    }

    /** A time of day the way {@link #parseTime} reads it back: 24-hour "HH:mm". */
    public static String formatTime(LocalTime time) {
        return time == null ? "" : String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}
