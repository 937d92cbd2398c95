package app.clientele.reminders;

import app.clientele.domain.Birthday;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.LeadTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A client's birthday on a coming day: the day it falls on, the year it counts for (the lunar year
 * for a lunar birthday), the age turned when the year of birth is known, the client's lead time and
 * whether the year's card is marked sent.
 */
public record UpcomingBirthday(ContactDetails client, LocalDate date, int year, Integer age, LeadTime leadTime,
                               boolean cardSent) {

    public Birthday birthday() {
        return client.birthday();
    }

    /** The first day a card for this birthday is reminded. */
    public LocalDate remindFrom() {
        return date.minusDays(leadTime.daysBefore());
    }

    public long daysUntil(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    /** A card is due from the lead time's first day until the birthday, unless it was sent. */
    public boolean cardDue(LocalDate today) {
        return !cardSent && leadTime.daysBefore() > 0 && !today.isBefore(remindFrom()) && !today.isAfter(date);
    }

    /** Whether today brings a reminder: a card is due, or it is the day itself and the client is reminded then. */
    public boolean remindedOn(LocalDate today) {
        return cardDue(today) || leadTime.onTheDay() && date.equals(today);
    }

    public UpcomingBirthday withCardSent(boolean sent) {
        return new UpcomingBirthday(client, date, year, age, leadTime, sent);
    }
}
