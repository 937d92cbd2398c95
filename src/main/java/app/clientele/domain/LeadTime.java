package app.clientele.domain;

import java.util.List;

/**
 * When a birthday is reminded: {@code daysBefore} days ahead (time to send a card), and on the day
 * itself if {@code onTheDay}. Zero days and not on the day means the client's birthday is never
 * reminded.
 */
public record LeadTime(int daysBefore, boolean onTheDay) {
    public static final int MAX_DAYS = 90;
    public static final LeadTime DEFAULT = new LeadTime(14, true);
    public static final LeadTime ON_THE_DAY = new LeadTime(0, true);
    public static final LeadTime NEVER = new LeadTime(0, false);
    /** The lead times a user picks from. */
    public static final List<LeadTime> CHOICES = List.of(ON_THE_DAY, new LeadTime(3, true), new LeadTime(7, true),
            new LeadTime(10, true), new LeadTime(14, true), new LeadTime(21, true), new LeadTime(30, true), NEVER);

    public LeadTime {
        if (daysBefore < 0 || daysBefore > MAX_DAYS) {
            throw new IllegalArgumentException("lead time out of range");
        }
    }

    public boolean isNever() {
        return daysBefore == 0 && !onTheDay;
    }
}
