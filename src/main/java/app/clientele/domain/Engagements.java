package app.clientele.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's engagements: their contacts grouped into runs with no gap longer than thirty days. A
 * week of calls about one tax return is one engagement; the same client coming back next spring is
 * a second one. Two or more engagements make a repeat client.
 *
 * <p>The stored count in {@code client.engagements} follows the same rule (migration V007 fills it
 * in SQL for existing histories; {@code persistence.ClientActivity} keeps it current).
 */
public final class Engagements {
    /** The longest quiet spell inside one engagement. */
    public static final Duration GAP = Duration.ofDays(30);

    private Engagements() {
    }

    /** One run of contacts: its first and last contact and how many there were. */
    public record Engagement(Instant start, Instant end, int contacts) {
        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** @param times the client's contact times, oldest first */
    public static List<Engagement> of(List<Instant> times) {
        List<Engagement> engagements = new ArrayList<>();
        Instant start = null;
        Instant previous = null;
        int contacts = 0;
        for (Instant time : times) {
            if (previous != null && time.isBefore(previous)) {
                throw new IllegalArgumentException("contact times must be oldest first");
            }
            if (previous == null || Duration.between(previous, time).compareTo(GAP) > 0) {
                if (start != null) {
                    engagements.add(new Engagement(start, previous, contacts));
                }
                start = time;
                contacts = 0;
            }
            contacts++;
            previous = time;
        }
        if (start != null) {
            engagements.add(new Engagement(start, previous, contacts));
        }
        return engagements;
    }
}
