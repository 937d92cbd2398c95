package app.clientele.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A client's date in one of the firm's date fields (a policy renewal, a shoot date) that comes
 * within the field's reminder period.
 */
public record DateReminder(ClientRef client, long fieldId, String fieldName, LocalDate date, int remindDaysBefore) {

    public long daysUntil(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    /** Reminded from {@code remindDaysBefore} days ahead up to the day itself; past dates are not. */
    public boolean isDue(LocalDate today) {
        long days = daysUntil(today);
        return days >= 0 && days <= remindDaysBefore;
    }
}
