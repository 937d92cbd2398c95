package app.clientele.reminders;

import app.clientele.domain.CardSent;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.LeadTime;
import app.clientele.domain.ReminderSettings;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Which birthdays are coming, when each is reminded, and which cards are still to send. */
public final class BirthdayReminders {
    /** The notification looks this many days ahead. */
    public static final int NOTIFY_DAYS = 7;
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    private final ReminderSettings settings;
    private final Map<Long, LeadTime> leadTimes;

    public BirthdayReminders(ReminderSettings settings, Map<Long, LeadTime> leadTimes) {
        this.settings = settings;
        this.leadTimes = Map.copyOf(leadTimes);
    }

    public LeadTime leadTimeOf(long clientId) {
        return leadTimes.getOrDefault(clientId, settings.defaultLeadTime());
    }

    /**
     * The birthdays from today to {@code days} days ahead (both included), soonest first. A client
     * whose lead time reaches further than that is included from the day their reminder starts.
     */
    public List<UpcomingBirthday> upcoming(Collection<ContactDetails> clients, Collection<CardSent> cards,
                                           LocalDate today, int days) {
        Set<String> sent = cards.stream().map(card -> card.clientId() + "/" + card.year()).collect(Collectors.toSet());
        LocalDate last = today.plusDays(Math.max(days, LeadTime.MAX_DAYS));
        return clients.stream()
                .filter(client -> client.birthday() != null && !client.archived())
                .flatMap(client -> BirthdayDates.between(client.birthday(), today, last, settings.missingDayRule())
                        .stream()
                        .map(occurrence -> new UpcomingBirthday(client, occurrence.date(), occurrence.year(),
                                BirthdayDates.age(client.birthday(), occurrence.year()), leadTimeOf(client.id()),
                                sent.contains(client.id() + "/" + occurrence.year()))))
                .filter(birthday -> birthday.daysUntil(today) <= days || birthday.cardDue(today))
                .sorted(Comparator.comparing(UpcomingBirthday::date).thenComparing(b -> b.client().displayName()))
                .toList();
    }

    /** The birthday years a window of {@code days} from today can touch, for reading the cards sent. */
    public static List<Integer> yearsAround(LocalDate today, int days) {
        int last = today.plusDays(Math.max(days, LeadTime.MAX_DAYS)).getYear();
        return IntStream.rangeClosed(today.getYear() - 1, last).boxed().toList();
    }

    /** The cards whose reminder has started and that are not sent yet. */
    public static List<UpcomingBirthday> cardsToSend(List<UpcomingBirthday> upcoming, LocalDate today) {
        return upcoming.stream().filter(birthday -> birthday.cardDue(today)).toList();
    }
}
