package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactCadenceTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ClientRef KIM = new ClientRef(1, "김민수");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void ongoingClients_areContactedMoreOftenThanCustomers_unlessTheyHaveTheirOwnCadence() {
        assertTrue(ContactCadence.defaultDays(Relationship.CLIENT) < ContactCadence.defaultDays(Relationship.CUSTOMER));
        assertEquals(90, ContactCadence.effectiveDays(null, Relationship.CLIENT));
        assertEquals(30, ContactCadence.effectiveDays(30, Relationship.CUSTOMER));
    }

    @Test
    void dueOnceAsManyCalendarDaysAsTheCadenceHavePassed_countedInTheUsersZone() {
        // 08:00 on 10 December in Seoul is still 9 December in UTC.
        Instant morning = LocalDate.of(2025, 12, 10).atTime(8, 0).atZone(SEOUL).toInstant();
        ContactStatus status = new ContactStatus(KIM, Relationship.CLIENT, null, morning, Instant.EPOCH);

        assertEquals(89, status.daysSince(TODAY.minusDays(1), SEOUL));
        assertFalse(status.isDue(TODAY.minusDays(1), SEOUL));
        assertTrue(status.isDue(TODAY.minusDays(1), ZoneOffset.UTC), "a day earlier on the UTC calendar");
        assertEquals(90, status.daysSince(TODAY, SEOUL));
        assertTrue(status.isDue(TODAY, SEOUL));
    }

    @Test
    void neverContacted_countsFromTheDayTheClientWasAdded_andNeverMeansNever() {
        Instant added = TODAY.minusDays(400).atStartOfDay(SEOUL).toInstant();
        assertTrue(new ContactStatus(KIM, Relationship.CUSTOMER, null, null, added).isDue(TODAY, SEOUL));
        assertFalse(new ContactStatus(KIM, Relationship.CUSTOMER, ContactCadence.NEVER, null, added).isDue(TODAY, SEOUL));
    }

    @Test
    void records_refuseImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new Interaction(null, 0, List.of(), Instant.EPOCH,
                Channel.EMAIL, Direction.INBOUND, null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Interaction(null, 0, List.of(KIM), Instant.EPOCH,
                Channel.EMAIL, Direction.INBOUND, null, null, null, 6, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> FollowUp.open(KIM, null, " ", TODAY, null, null));
        assertEquals(List.of(KIM), new Interaction(null, 0, List.of(KIM, KIM), Instant.EPOCH, null, null, null,
                null, null, null, null, null, null).participants(), "a client takes part once");
    }
}
