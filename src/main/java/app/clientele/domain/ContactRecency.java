package app.clientele.domain;

/**
 * How long ago a client was last contacted, counted in the user's calendar days: the ranges a
 * user filters the list by ("contacted within 30 days", "not for over a year", "never").
 */
public enum ContactRecency {
    WITHIN_30_DAYS(0, 30),
    WITHIN_90_DAYS(0, 90),
    WITHIN_YEAR(0, 365),
    OVER_90_DAYS(91, Long.MAX_VALUE),
    OVER_YEAR(366, Long.MAX_VALUE),
    NEVER(-1, -1);

    private final long fewestDays;
    private final long mostDays;

    ContactRecency(long fewestDays, long mostDays) {
        this.fewestDays = fewestDays;
        this.mostDays = mostDays;
    }

    /** @param daysSince calendar days since the last contact, or null when there was none */
    public boolean contains(Long daysSince) {
        if (daysSince == null) {
            return this == NEVER;
        }
        return daysSince >= fewestDays && daysSince <= mostDays;
    }
}
