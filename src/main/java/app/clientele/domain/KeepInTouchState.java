package app.clientele.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a client stands against their contact cadence: contacted within it (active), overdue for a
 * contact (dormant), or not tracked because their cadence is "never remind me".
 */
public enum KeepInTouchState {
    ACTIVE,
    DORMANT,
    NOT_TRACKED;

    public static KeepInTouchState of(ContactStatus status, LocalDate today, ZoneId zone) {
        if (status.cadenceDays() == ContactCadence.NEVER) {
            return NOT_TRACKED;
        }
        return status.isDue(today, zone) ? DORMANT : ACTIVE;
    }
}
