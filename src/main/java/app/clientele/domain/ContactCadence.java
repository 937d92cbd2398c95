package app.clientele.domain;

import java.util.List;

/**
 * How often a client should hear from the firm, in days. A client without a cadence of their own
 * gets the default of their relationship: ongoing clients are contacted more often than
 * customers. Zero means "never remind me".
 */
public final class ContactCadence {
    public static final int CLIENT_DEFAULT_DAYS = 90;
    public static final int CUSTOMER_DEFAULT_DAYS = 365;
    public static final int NEVER = 0;
    /** The cadences a user picks from, shortest first. */
    public static final List<Integer> CHOICES = List.of(14, 30, 60, 90, 180, 365);
    /** No cadence in use is shorter than this: clients contacted more recently are never due. */
    public static final int SHORTEST_DAYS = CHOICES.get(0);

    private ContactCadence() {
    }

    public static int defaultDays(Relationship relationship) {
        return relationship == Relationship.CUSTOMER ? CUSTOMER_DEFAULT_DAYS : CLIENT_DEFAULT_DAYS;
    }

    /** The client's own cadence if set, else their relationship's default. */
    public static int effectiveDays(Integer ownDays, Relationship relationship) {
        return ownDays != null ? ownDays : defaultDays(relationship);
    }

    public static boolean isValid(Integer days) {
        return days == null || (days >= NEVER && days <= 3660);
    }
}
