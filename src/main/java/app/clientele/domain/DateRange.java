package app.clientele.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** Calendar days from {@code from} to {@code to}, both included; a null end is open. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null && to == null) {
            throw new IllegalArgumentException("a date range needs at least one end");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a date range ends on or after its first day");
        }
    }

    public static DateRange of(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
