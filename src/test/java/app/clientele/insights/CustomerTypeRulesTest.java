package app.clientele.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.Engagements;
import app.clientele.domain.InsightsRepository.ClientHistory;
import app.clientele.domain.InsightsRepository.Contact;
import app.clientele.domain.InsightsRepository.LastScore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The suggestion rules on crafted histories; today is 15 March 2026 in Seoul. */
class CustomerTypeRulesTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private final List<Given> contacts = new ArrayList<>();
    private int openComplaints;
    private int wholeHistoryReads;

    @Test
    void noHistory_suggestsNothing() {
        assertEquals(Optional.empty(), suggest());
    }

    @Test
    void aLastScoreOfTwo_isUnhappy_evenWithBetterScoresBefore() {
        outbound("2024-05-02T10:00", 5);
        outbound("2025-05-02T10:00", 5);
        inbound("2026-02-01T10:00", 2);
        outbound("2026-02-10T10:00", null);

        assertEquals(new TypeSuggestion(CustomerType.UNHAPPY,
                List.of(new TypeSuggestion.LastScore(2, LocalDate.of(2026, 2, 1)))), suggest().orElseThrow());
    }

    @Test
    void aBetterScoreSince_clearsAnOldComplaint() {
        inbound("2025-06-01T10:00", 1);
        outbound("2025-06-03T10:00", 4);

        assertEquals(CustomerType.IMPULSE, suggest().orElseThrow().type());
    }

    @Test
    void anOpenFollowUpOnALowScore_isAnOpenComplaint() {
        inbound("2026-03-10T10:00", 3);
        openComplaints = 1;

        assertEquals(new TypeSuggestion(CustomerType.UNHAPPY, List.of(new TypeSuggestion.OpenComplaints(1))),
                suggest().orElseThrow());
    }

    @Test
    void threeInboundContactsWithinTwoWeeks_arePersistent() {
        outbound("2025-02-01T10:00", 4);
        inbound("2026-02-20T10:00", null);
        inbound("2026-03-02T10:00", null);
        outbound("2026-03-03T10:00", null);
        inbound("2026-03-05T23:30", null);

        assertEquals(new TypeSuggestion(CustomerType.PERSISTENT, List.of(new TypeSuggestion.InboundBurst(3,
                LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 5)))), suggest().orElseThrow());
    }

    @Test
    void threeInboundContactsSpreadOverFifteenDays_areNotPersistent() {
        outbound("2024-02-01T10:00", null);
        inbound("2026-02-19T10:00", null);
        inbound("2026-02-25T10:00", null);
        inbound("2026-03-05T10:00", null);

        assertEquals(CustomerType.LOYAL, suggest().orElseThrow().type());
    }

    @Test
    void aFirstContactNinetyDaysAgo_isStillNew() {
        outbound("2025-12-15T09:00", null);

        assertEquals(new TypeSuggestion(CustomerType.NEW,
                List.of(new TypeSuggestion.FirstContact(LocalDate.of(2025, 12, 15)))), suggest().orElseThrow());
    }

    @Test
    void engagementsInTwoYears_andARecentContact_areLoyal() {
        outbound("2024-04-10T10:00", 5);
        outbound("2024-04-20T10:00", null);
        outbound("2025-04-12T10:00", 4);

        assertEquals(new TypeSuggestion(CustomerType.LOYAL, List.of(new TypeSuggestion.EngagedYears(
                List.of(2024, 2025), LocalDate.of(2025, 4, 12)))), suggest().orElseThrow());
    }

    @Test
    void engagementsInTwoYears_butSilentForOverAYear_areNotLoyal() {
        outbound("2023-04-10T10:00", null);
        outbound("2024-03-10T10:00", null);

        assertEquals(Optional.empty(), suggest());
    }

    @Test
    void oneEngagementOverTheYearEnd_isOneYearOnly() {
        outbound("2024-12-20T10:00", null);
        outbound("2025-01-10T10:00", null);

        assertEquals(Optional.empty(), suggest(), "19 days long: too long for impulse, one year: not loyal");
    }

    @Test
    void aSingleWeekLongEngagement_longAgo_isImpulse() {
        inbound("2025-06-01T10:00", null);
        outbound("2025-06-05T10:00", null);
        outbound("2025-06-08T10:00", 3);

        assertEquals(new TypeSuggestion(CustomerType.IMPULSE, List.of(new TypeSuggestion.SingleEngagement(
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 8), 3))), suggest().orElseThrow());
    }

    @Test
    void aRecentBurst_isPersistent_withoutReadingTheWholeHistory() {
        for (int month = 1; month <= 12; month++) {
            outbound("2020-%02d-10T10:00".formatted(month), null);
        }
        inbound("2026-03-01T10:00", null);
        inbound("2026-03-05T10:00", null);
        inbound("2026-03-09T10:00", null);

        assertEquals(CustomerType.PERSISTENT, suggest().orElseThrow().type());
        assertEquals(0, wholeHistoryReads, "settled by the recent contacts and the kept figures");
    }

    @Test
    void loyalty_readsTheWholeHistory_forItsYears() {
        outbound("2019-05-10T10:00", null);
        outbound("2022-05-10T10:00", null);
        outbound("2025-09-10T10:00", null);

        assertEquals(new TypeSuggestion(CustomerType.LOYAL, List.of(new TypeSuggestion.EngagedYears(
                List.of(2019, 2022, 2025), LocalDate.of(2025, 9, 10)))), suggest().orElseThrow());
        assertEquals(1, wholeHistoryReads);
    }

    @Test
    void aHistoryWhoseRecentContactsStartTooLate_isRefused() {
        ClientHistory history = history(TODAY.minusDays(30).atStartOfDay(SEOUL).toInstant());

        assertThrows(IllegalArgumentException.class, () -> CustomerTypeRules.suggest(history, TODAY, SEOUL));
    }

    private Optional<TypeSuggestion> suggest() {
        return CustomerTypeRules.suggest(history(CustomerTypeRules.recentFrom(TODAY, SEOUL)), TODAY, SEOUL);
    }

    /** The history as the repository gives it, worked out from every contact as the rules once read them. */
    private ClientHistory history(Instant recentFrom) {
        List<Instant> times = contacts.stream().map(Given::at).toList();
        LastScore lastScore = contacts.stream().filter(contact -> contact.score() != null)
                .reduce((older, newer) -> newer).map(contact -> new LastScore(contact.score(), contact.at()))
                .orElse(null);
        return new ClientHistory(1, CustomerType.NEW, false, openComplaints, lastScore,
                times.isEmpty() ? null : times.get(times.size() - 1), Engagements.of(times).size(), recentFrom,
                contacts.stream().filter(contact -> !contact.at().isBefore(recentFrom))
                        .map(contact -> new Contact(contact.at(), contact.direction())).toList(),
                contacts.stream().anyMatch(contact -> contact.at().isBefore(recentFrom)),
                () -> {
                    wholeHistoryReads++;
                    return times;
                });
    }

    private void inbound(String when, Integer score) {
        add(when, Direction.INBOUND, score);
    }

    private void outbound(String when, Integer score) {
        add(when, Direction.OUTBOUND, score);
    }

    private void add(String when, Direction direction, Integer score) {
        contacts.add(new Given(LocalDateTime.parse(when).atZone(SEOUL).toInstant(), direction, score));
    }

    /** One contact of the crafted history, with the score it was given. */
    private record Given(Instant at, Direction direction, Integer score) {
    }
}
