package app.clientele.domain;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time from {@code start} (included) to {@code end} (excluded), such as a month in the user's zone. */
public record Period(Instant start, Instant end) {
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
