package app.clientele.insights;

import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.Engagements;
import app.clientele.domain.InsightsRepository.ClientHistory;
import app.clientele.domain.InsightsRepository.Contact;
import app.clientele.domain.InsightsRepository.LastScore;
import app.clientele.domain.ScoreRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Suggests a customer type from a client's history. The first rule that applies wins, in this order:
 * <ol>
 *   <li><b>Unhappy</b>: the last satisfaction score given was 1 or 2, or a follow-up is still open on
 *       a contact they scored 1 or 2 (an open complaint);</li>
 *   <li><b>Persistent</b>: at least {@value #BURST_CONTACTS} contacts they started within
 *       {@value #BURST_DAYS} days, in the last {@value #BURST_LOOKBACK_DAYS} days;</li>
 *   <li><b>New</b>: the first contact was at most {@value #NEW_DAYS} days ago;</li>
 *   <li><b>Loyal</b>: engagements in at least two different years and a contact in the last
 *       {@value #LOYAL_RECENT_DAYS} days;</li>
 *   <li><b>Impulse</b>: one engagement only, no longer than {@value #IMPULSE_DAYS} days.</li>
 * </ol>
 * A client without any contact gets no suggestion. Days are the user's calendar days. Only the
 * contacts since {@link #recentFrom} are read in full; the loyal and impulse rules read every
 * contact's time, and only for a client with two or more engagements, or with one.
 */
public final class CustomerTypeRules {
    static final int BURST_CONTACTS = 3;
    static final int BURST_DAYS = 14;
    static final int BURST_LOOKBACK_DAYS = 90;
    static final int NEW_DAYS = 90;
    static final int LOYAL_RECENT_DAYS = 365;
    static final int IMPULSE_DAYS = 7;

    private CustomerTypeRules() {
    }

    /**
     * The start of the recent contacts the rules need in full (with who started them): those of the
     * last {@value #BURST_LOOKBACK_DAYS} days. Older history is read from the client's kept figures,
     * or as contact times when the loyal or impulse rule asks for them.
     */
    public static Instant recentFrom(LocalDate today, ZoneId zone) {
        return today.minusDays(Math.max(BURST_LOOKBACK_DAYS, NEW_DAYS)).atStartOfDay(zone).toInstant();
    }

    public static Optional<TypeSuggestion> suggest(ClientHistory history, LocalDate today, ZoneId zone) {
        if (history.recentFrom().isAfter(recentFrom(today, zone))) {
            throw new IllegalArgumentException("the history's recent contacts start too late for these rules");
        }
        if (history.lastContact() == null) {
            return Optional.empty();
        }
        return unhappy(history, zone)
                .or(() -> persistent(history.recentContacts(), today, zone))
                .or(() -> isNew(history, today, zone))
                .or(() -> loyal(history, today, zone))
                .or(() -> impulse(history, zone));
    }

    private static Optional<TypeSuggestion> unhappy(ClientHistory history, ZoneId zone) {
        List<TypeSuggestion.Reason> reasons = new ArrayList<>();
        LastScore last = history.lastScore();
        if (last != null && ScoreRange.AT_RISK.contains(last.score())) {
            reasons.add(new TypeSuggestion.LastScore(last.score(), day(last.at(), zone)));
        }
        if (history.openComplaints() > 0) {
            reasons.add(new TypeSuggestion.OpenComplaints(history.openComplaints()));
        }
        return suggestion(CustomerType.UNHAPPY, reasons);
    }

    private static Optional<TypeSuggestion> persistent(List<Contact> contacts, LocalDate today, ZoneId zone) {
        LocalDate lookbackFrom = today.minusDays(BURST_LOOKBACK_DAYS);
        List<Instant> inbound = contacts.stream()
                .filter(contact -> contact.direction() == Direction.INBOUND)
                .filter(contact -> !day(contact.at(), zone).isBefore(lookbackFrom))
                .map(Contact::at).toList();
        // The latest stretch of BURST_DAYS holding enough of them, grown to every contact it holds.
        for (int last = inbound.size() - 1; last >= BURST_CONTACTS - 1; last--) {
            int first = last;
            while (first > 0 && withinBurst(inbound.get(first - 1), inbound.get(last), zone)) {
                first--;
            }
            int count = last - first + 1;
            if (count >= BURST_CONTACTS) {
                return suggestion(CustomerType.PERSISTENT, List.of(new TypeSuggestion.InboundBurst(count,
                        day(inbound.get(first), zone), day(inbound.get(last), zone))));
            }
        }
        return Optional.empty();
    }

    /** Both contacts fall within BURST_DAYS calendar days (the first and the last day included). */
    private static boolean withinBurst(Instant earlier, Instant later, ZoneId zone) {
        return ChronoUnit.DAYS.between(day(earlier, zone), day(later, zone)) < BURST_DAYS;
    }

    /** New when every contact is recent: the first of them then is the first contact. */
    private static Optional<TypeSuggestion> isNew(ClientHistory history, LocalDate today, ZoneId zone) {
        if (history.contactedBefore() || history.recentContacts().isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = day(history.recentContacts().get(0).at(), zone);
        if (ChronoUnit.DAYS.between(first, today) > NEW_DAYS) {
            return Optional.empty();
        }
        return suggestion(CustomerType.NEW, List.of(new TypeSuggestion.FirstContact(first)));
    }

    private static Optional<TypeSuggestion> loyal(ClientHistory history, LocalDate today, ZoneId zone) {
        LocalDate lastContact = day(history.lastContact(), zone);
        // Years of engagements need the whole history: read only when one engagement cannot settle it.
        if (history.engagements() < 2 || ChronoUnit.DAYS.between(lastContact, today) > LOYAL_RECENT_DAYS) {
            return Optional.empty();
        }
        TreeSet<Integer> years = new TreeSet<>();
        Engagements.of(history.contactTimes().get())
                .forEach(engagement -> years.add(day(engagement.start(), zone).getYear()));
        if (years.size() < 2) {
            return Optional.empty();
        }
        return suggestion(CustomerType.LOYAL, List.of(new TypeSuggestion.EngagedYears(List.copyOf(years), lastContact)));
    }

    private static Optional<TypeSuggestion> impulse(ClientHistory history, ZoneId zone) {
        if (history.engagements() != 1) {
            return Optional.empty();
        }
        List<Engagements.Engagement> engagements = Engagements.of(history.contactTimes().get());
        if (engagements.size() != 1) {
            return Optional.empty();
        }
        Engagements.Engagement only = engagements.get(0);
        LocalDate from = day(only.start(), zone);
        LocalDate to = day(only.end(), zone);
        if (only.length().compareTo(Duration.ofDays(IMPULSE_DAYS)) > 0) {
            return Optional.empty();
        }
        return suggestion(CustomerType.IMPULSE, List.of(new TypeSuggestion.SingleEngagement(from, to, only.contacts())));
    }

    private static Optional<TypeSuggestion> suggestion(CustomerType type, List<TypeSuggestion.Reason> reasons) {
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new TypeSuggestion(type, reasons));
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
