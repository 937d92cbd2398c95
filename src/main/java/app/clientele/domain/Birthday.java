package app.clientele.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;

/**
 * A birthday: month and day, with the year when known. A lunar birthday is a date of the Korean
 * lunar calendar (음력); {@code leapMonth} marks the intercalary month (윤달) of that calendar.
 */
public record Birthday(int month, int day, Integer year, boolean lunar, boolean leapMonth) {
    public static final int MIN_YEAR = 1850;

    public Birthday {
        if (!isValid(month, day, year, lunar)) {
            throw new IllegalArgumentException("not a real birthday");
        }
        if (leapMonth && !lunar) {
            throw new IllegalArgumentException("only lunar dates have leap months");
        }
    }

    public static Birthday solar(int month, int day, Integer year) {
        return new Birthday(month, day, year, false, false);
    }

    /**
     * Whether the parts form a real date. Without a year, 29 February is allowed; with one, the year
     * must be a leap year. Lunar months have 29 or 30 days, which depends on the year's tables, so
     * only 1–30 is checked here.
     */
    public static boolean isValid(int month, int day, Integer year, boolean lunar) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (year != null && (year < MIN_YEAR || year > Year.now().getValue())) {
            return false;
        }
        if (lunar) {
            return day <= 30;
        }
        if (day > Month.of(month).maxLength()) {
            return false;
        }
        if (year == null) {
            return true;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    public MonthDay monthDay() {
        return MonthDay.of(month, day);
    }
}
