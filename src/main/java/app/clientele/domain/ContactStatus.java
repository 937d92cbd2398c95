package app.clientele.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a client was last contacted and how often they should be. A client never contacted counts
 * from the day they were added, so a new client is not "due" the moment they are created.
 */
public record ContactStatus(ClientRef client, Relationship relationship, Integer ownCadenceDays,
                            Instant lastContact, Instant addedAt) {

    public int cadenceDays() {
        return ContactCadence.effectiveDays(ownCadenceDays, relationship);
    }

    /** Whole calendar days, in the user's zone, since the last contact (or since the client was added). */
    public long daysSince(LocalDate today, ZoneId zone) {
        Instant since = lastContact != null ? lastContact : addedAt;
        return ChronoUnit.DAYS.between(since.atZone(zone).toLocalDate(), today);
    }

    /** Due to contact when as many days as the cadence have passed; a cadence of 0 never is. */
    public boolean isDue(LocalDate today, ZoneId zone) {
        int cadence = cadenceDays();
        return cadence != ContactCadence.NEVER && daysSince(today, zone) >= cadence;
    }
}
