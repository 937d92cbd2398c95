package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementsTest {
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

    @Test
    void noContacts_isNoEngagement() {
        assertEquals(List.of(), Engagements.of(List.of()));
    }

    @Test
    void contactsExactlyThirtyDaysApart_belongToOneEngagement() {
        List<Engagements.Engagement> engagements = Engagements.of(List.of(START, START.plus(Engagements.GAP),
                START.plus(Engagements.GAP.multipliedBy(2))));

        assertEquals(1, engagements.size());
        assertEquals(new Engagements.Engagement(START, START.plus(Duration.ofDays(60)), 3), engagements.get(0));
    }

    @Test
    void aGapLongerThanThirtyDays_startsANewEngagement() {
        Instant second = START.plusSeconds(60);
        Instant comeBack = second.plus(Engagements.GAP).plusMillis(1);

        List<Engagements.Engagement> engagements = Engagements.of(List.of(START, second, comeBack));

        assertEquals(List.of(new Engagements.Engagement(START, second, 2),
                new Engagements.Engagement(comeBack, comeBack, 1)), engagements);
    }

    @Test
    void contactsAtTheSameMoment_countTogether() {
        assertEquals(List.of(new Engagements.Engagement(START, START, 2)), Engagements.of(List.of(START, START)));
    }

    @Test
    void timesOutOfOrder_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> Engagements.of(List.of(START, START.minusSeconds(1))));
    }
}
