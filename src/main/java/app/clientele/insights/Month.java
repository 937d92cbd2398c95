package app.clientele.insights;

import app.clientele.domain.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A calendar month in the user's zone, and the stretch of time it covers there. */
public record Month(YearMonth month, Period period) {

    public static Month of(YearMonth month, ZoneId zone) {
        return new Month(month, new Period(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
    }

    /** The last {@code count} months, oldest first, the current one included. */
    public static List<Month> last(int count, LocalDate today, ZoneId zone) {
        YearMonth current = YearMonth.from(today);
        List<Month> months = new ArrayList<>(count);
        for (int back = count - 1; back >= 0; back--) {
            months.add(of(current.minusMonths(back), zone));
        }
        return months;
    }

    public static List<Period> periods(List<Month> months) {
        return months.stream().map(Month::period).toList();
    }
}
