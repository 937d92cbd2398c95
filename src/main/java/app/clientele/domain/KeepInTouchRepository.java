package app.clientele.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Each client's contact cadence, and who has not been contacted for a while. */
public interface KeepInTouchRepository {

    /** The client's own cadence in days, if one was set (0 means never remind). */
    Optional<Integer> cadence(long clientId);

    /** Sets the client's own cadence; null goes back to their relationship's default. */
    void setCadence(long clientId, Integer days);

    /**
     * Active clients due to be contacted on {@code today} ({@link ContactStatus#isDue}): how many,
     * and at most {@code limit} of them, those with the most days since their last contact first.
     */
    DueToContact dueToContact(LocalDate today, ZoneId zone, int limit);
}
