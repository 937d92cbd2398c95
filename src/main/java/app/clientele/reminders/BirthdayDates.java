package app.clientele.reminders;

import app.clientele.domain.Birthday;
import app.clientele.domain.MissingDayRule;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * On which solar day a birthday falls in a given year.
 *
 * <ul>
 * <li>A solar birthday falls on its month and day; 29 February in a common year goes to 28 February
 * or 1 March, as the firm's {@link MissingDayRule} says.</li>
 * <li>A lunar birthday's year is the lunar year, which starts in January or February: lunar
 * 12/20 of lunar year 2026 is a day in early 2027. A leap-month (윤달) birthday falls in the leap
 * month in the years that have it, and in the ordinary month of the same number in the others.
 * Day 30 in a month that has 29 days that year follows the same rule as 29 February: the 29th
 * (the day before) or the next month's first day (the day after).</li>
 * </ul>
 */
public final class BirthdayDates {
    private BirthdayDates() {
    }

    /** A birthday in one year: the year it counts for and the solar day it falls on. */
    public record Occurrence(int year, LocalDate date) {
    }

    public static LocalDate in(Birthday birthday, int year, MissingDayRule rule) {
        return birthday.lunar() ? lunar(birthday, year, rule) : solar(birthday, year, rule);
    }

    /** Every occurrence on a day from {@code from} to {@code to}, both included, earliest first. */
    public static List<Occurrence> between(Birthday birthday, LocalDate from, LocalDate to, MissingDayRule rule) {
        List<Occurrence> found = new ArrayList<>();
        // A lunar year's late months reach into the next solar year, so start a year early.
        for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
            LocalDate day = in(birthday, year, rule);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                found.add(new Occurrence(year, day));
            }
        }
        return found;
    }

    /** The first occurrence on or after {@code from}. */
    public static Occurrence next(Birthday birthday, LocalDate from, MissingDayRule rule) {
        return between(birthday, from, from.plusYears(2), rule).get(0);
    }

    /** The age turned in that year, when the year of birth is known. */
    public static Integer age(Birthday birthday, int year) {
        return birthday.year() == null ? null : year - birthday.year();
    }

    private static LocalDate solar(Birthday birthday, int year, MissingDayRule rule) {
        if (birthday.month() == 2 && birthday.day() == 29 && !Year.isLeap(year)) {
            return rule == MissingDayRule.DAY_BEFORE ? LocalDate.of(year, Month.FEBRUARY, 28)
                    : LocalDate.of(year, Month.MARCH, 1);
        }
        return LocalDate.of(year, birthday.month(), birthday.day());
    }

    private static LocalDate lunar(Birthday birthday, int year, MissingDayRule rule) {
        LunarCalendar.Month leap = new LunarCalendar.Month(year, birthday.month(), true);
        LunarCalendar.Month month = birthday.leapMonth() && LunarCalendar.firstDay(leap).isPresent()
                ? leap : new LunarCalendar.Month(year, birthday.month(), false);
        LocalDate first = LunarCalendar.firstDay(month)
                .orElseThrow(() -> new IllegalStateException("every lunar year has months 1 to 12"));
        int length = LunarCalendar.length(month);
        if (birthday.day() <= length) {
            return first.plusDays(birthday.day() - 1L);
        }
        return first.plusDays(rule == MissingDayRule.DAY_BEFORE ? length - 1L : length);
    }
}
