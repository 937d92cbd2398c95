package app.clientele.testutil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock in a chosen zone that a test sets and moves on, to cross midnights and time zones. */
public final class MutableClock extends Clock {
    private Instant instant;
    private final ZoneId zone;

    public MutableClock(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /** A clock showing this local date and time in the zone. */
    public static MutableClock at(String localDateTime, ZoneId zone) {
        return new MutableClock(LocalDateTime.parse(localDateTime).atZone(zone).toInstant(), zone);
    }

    public void set(String localDateTime) {
        instant = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    public void advance(Duration duration) {
        instant = instant.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new MutableClock(instant, otherZone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
