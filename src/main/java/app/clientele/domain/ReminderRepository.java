package app.clientele.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Birthday reminders: settings, lead times, cards sent, and the clients they are about. */
public interface ReminderRepository {

    ReminderSettings settings();

    /**
     * Stores the settings.
     *
     * @throws StaleDataException when they were changed elsewhere since {@code settings.version()}
     */
    ReminderSettings saveSettings(ReminderSettings settings);

    /** Active clients with a birthday. */
    List<ContactDetails> withBirthdays();

    /**
     * Active clients with a birthday, for counting what is due: without email, phone and tags (left
     * empty), which reading costs most of the time with many clients and a count does not show.
     */
    List<ContactDetails> birthdaysToCount();

    /** Active clients with a postal address, all of them or those with the segment and/or tag given. */
    List<ContactDetails> withAddresses(Segment segment, String tag);

    /** Every client's own lead time, by client id. */
    Map<Long, LeadTime> leadTimes();

    Optional<LeadTime> leadTime(long clientId);

    /** Sets the client's own lead time; null goes back to the firm's default. */
    void setLeadTime(long clientId, LeadTime leadTime);

    /** Cards sent for birthdays in these years. */
    List<CardSent> cardsSent(Collection<Integer> years);

    /** A client's cards, newest year first. */
    List<CardSent> cardsSentTo(long clientId);

    /**
     * Marks the card for a client's birthday year sent and logs it as an interaction (channel
     * letter/card) with this subject, in one transaction. Marking it twice keeps the first.
     */
    CardSent markCardSent(ClientRef client, int year, Instant at, String subject);

    /** Takes the mark back, with the interaction that logged it. */
    void unmarkCardSent(long clientId, int year);
}
