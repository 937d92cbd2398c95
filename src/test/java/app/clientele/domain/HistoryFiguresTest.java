package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryFiguresTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final ClientRef ANN = new ClientRef(1, "Ann");
    private static final ClientRef BO = new ClientRef(2, "Bo");

    @Test
    void of_countsEngagementsAndKeepsTheLastContactAndTheLastScore() {
        Instant later = START.plus(Engagements.GAP).plus(Duration.ofDays(1));
        HistoryFigures figures = HistoryFigures.of(List.of(new HistoryFigures.Contact(START, 2),
                new HistoryFigures.Contact(START.plusSeconds(60), 5), new HistoryFigures.Contact(later, null)));

        assertEquals(new HistoryFigures(2, later, 5, START.plusSeconds(60)), figures);
        assertEquals(HistoryFigures.NONE, HistoryFigures.of(List.of()));
    }

    @Test
    void byClient_putsEachClientsContactsInTimeOrder_andTiesInTheOrderOfTheList() {
        List<Interaction> history = List.of(scored(List.of(ANN, BO), START.plusSeconds(3_600), 4),
                scored(List.of(ANN), START, 1), scored(List.of(ANN), START.plusSeconds(3_600), 3),
                scored(List.of(BO), START.plusSeconds(3_600), null));

        Map<Long, HistoryFigures> figures = HistoryFigures.byClient(history);

        assertEquals(new HistoryFigures(1, START.plusSeconds(3_600), 3, START.plusSeconds(3_600)), figures.get(1L),
                "the later of two scores at one moment is the one listed later");
        assertEquals(new HistoryFigures(1, START.plusSeconds(3_600), 4, START.plusSeconds(3_600)), figures.get(2L));
        assertEquals(2, figures.size());
    }

    private static Interaction scored(List<ClientRef> clients, Instant when, Integer score) {
        return new Interaction(null, 0, clients, when, Channel.PHONE_CALL, Direction.OUTBOUND, "Call", null, null,
                score, null, null, null);
    }
}
