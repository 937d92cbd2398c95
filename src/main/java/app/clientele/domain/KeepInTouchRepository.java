package app.clientele.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each client's contact cadence, and who has not been contacted for a while. */
public interface KeepInTouchRepository {

    /** The client's own cadence in days, if one was set (0 means never remind). */
    Optional<Integer> cadence(long clientId);

    /** Sets the client's own cadence; null goes back to their relationship's default. */
    void setCadence(long clientId, Integer days);

    /**
     * Active clients that may want reminding: last contacted (or, never contacted, added) before
     * {@code before}, leaving out those whose cadence is "never".
     */
    List<ContactStatus> notContactedSince(Instant before);
}
