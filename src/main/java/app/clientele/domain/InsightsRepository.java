package app.clientele.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The figures behind the dashboard, counted in the database so they stay quick with a hundred
 * thousand clients and a million interactions. Periods and moments come from the user's calendar
 * (months and days in their zone) and are passed in as instants, so no query depends on the
 * database's own time zone. "Active clients" are those not archived. Implementations are safe to
 * call from several threads at once.
 */
public interface InsightsRepository {

    /**
     * Active clients counted by relationship, segment, customer type, last satisfaction score and
     * repeat business, and by whether they would be dormant under their relationship's default
     * cadence: last contacted (or, never contacted, added) before the moment given for that relationship.
     */
    List<ClientGroup> clientGroups(Instant clientsDormantBefore, Instant customersDormantBefore);

    /** Active clients with a contact cadence of their own, to be judged by it instead of the default. */
    List<ContactStatus> ownCadences();

    /** How many active clients were added in each of these consecutive periods. */
    List<Long> clientsAdded(List<Period> periods);

    /** Interactions in each of these consecutive periods by channel, with the sum and number of scores given. */
    List<InteractionTally> interactions(List<Period> periods);

    /** The follow-ups marked done within the period: whose, when due and when done. */
    List<CompletedFollowUp> completedFollowUps(Period period);

    /** How many follow-ups were overdue at each moment: due before its day and not yet closed then. */
    List<Long> overdueAt(List<Moment> moments);

    /** Active clients whose last satisfaction score is in the range, latest score first, at most {@code limit}. */
    List<ScoredClient> lastScores(ScoreRange range, int limit);

    /** Clients who took part in an interaction in the period, on the channel (null for any). */
    Set<Long> clientsWithInteractions(Period period, Channel channel);

    /** Clients who gave a satisfaction score in the period. */
    Set<Long> clientsWhoScored(Period period);

    /** Clients with a follow-up overdue at the moment. */
    Set<Long> clientsWithOverdueFollowUps(Moment moment);

    /**
     * A client's history as the customer type rules read it: their contacts since {@code recentFrom}
     * in full, the rest as the figures kept on the client's row, and every contact's time only when
     * asked for.
     */
    ClientHistory history(long clientId, Instant recentFrom);

    /** One combination of client properties and how many active clients have it. */
    record ClientGroup(Relationship relationship, Segment segment, CustomerType customerType, Integer lastScore,
                       RepeatBusiness repeat, boolean dormantByDefault, long count) {
    }

    /** The interactions of one period (by index) on one channel. */
    record InteractionTally(int period, Channel channel, long count, long scoreSum, long scores) {
    }

    /** A follow-up done: the client, the day it was due and when it was done. */
    record CompletedFollowUp(long clientId, LocalDate dueDate, Instant completedAt) {
        /** Done on time when done by the end of its due day in the user's zone. */
        public boolean onTime(ZoneId zone) {
            return !completedAt.atZone(zone).toLocalDate().isAfter(dueDate);
        }
    }

    /** The start of a day in the user's zone: what "overdue at" is measured at. */
    record Moment(LocalDate day, Instant start) {
        public static Moment startOf(LocalDate day, ZoneId zone) {
            return new Moment(day, day.atStartOfDay(zone).toInstant());
        }
    }

    /** A client and the last satisfaction score they gave. */
    record ScoredClient(ClientRef client, int score, Instant scoredAt) {
    }

    /**
     * What the customer type rules look at for one client: their type and whether the user chose it,
     * how many follow-ups are still open on contacts they scored 1 or 2 (open complaints), their last
     * score, last contact and number of engagements (as kept on the client's row), their contacts
     * since {@code recentFrom} oldest first, whether they had any before it, and the times of all
     * their contacts oldest first, read from the database only when a rule asks for them (a long
     * history is thousands of entries; most suggestions are settled by the recent ones).
     */
    record ClientHistory(long clientId, CustomerType type, boolean typeChosenByUser, int openComplaints,
                         LastScore lastScore, Instant lastContact, int engagements, Instant recentFrom,
                         List<Contact> recentContacts, boolean contactedBefore, Supplier<List<Instant>> contactTimes) {
        public ClientHistory {
            recentContacts = List.copyOf(recentContacts);
        }
    }

    /** The latest satisfaction score a client gave, and when. */
    record LastScore(int score, Instant at) {
    }

    /** One contact in a client's history: when, and who started it. */
    record Contact(Instant at, Direction direction) {
    }
}
