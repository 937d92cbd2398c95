package app.clientele.domain;

/**
 * Where a birthday goes in a year that lacks its day: 29 February in a common year, or a lunar
 * day 30 (or a leap month) that the year's lunar calendar does not have. The day before is
 * 28 February; the day after is 1 March.
 */
public enum MissingDayRule {
    DAY_BEFORE,
    DAY_AFTER
}
