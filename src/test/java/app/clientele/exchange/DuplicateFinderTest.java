package app.clientele.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ExchangeRepository.ClientKeys;
import app.clientele.exchange.DuplicateFinder.Pair;
import app.clientele.exchange.DuplicateFinder.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private static ClientKeys client(long id, String name, List<String> emails, List<String> phones) {
        return new ClientKeys(id, name, null, null, false, emails, phones);
    }

    private static String describe(Pair pair) {
        return pair.first().id() + "-" + pair.second().id() + " " + pair.reason();
    }

    @Test
    void sharedEmailOrPhone_andSameOrSimilarNames_arePairedStrongestFirst() {
        List<Pair> pairs = DuplicateFinder.find(List.of(
                client(1, "Jane Doe", List.of("jane@example.com"), List.of()),
                client(2, "J. Doe", List.of("jane@example.com"), List.of()),
                client(3, "박민수", List.of(), List.of("01012345678")),
                client(4, "Minsu Park", List.of(), List.of("01012345678")),
                client(5, "Doe, Jane", List.of(), List.of()),
                client(6, "김민수", List.of(), List.of()),
                client(7, "김 민수", List.of(), List.of()),
                client(8, "Jonathan Smithers", List.of(), List.of()),
                client(9, "Jonathan Smithres", List.of(), List.of()),
                client(10, "Unrelated Person", List.of(), List.of()),
                client(11, "김민주", List.of(), List.of()),
                client(12, "John Lim", List.of(), List.of()),
                client(13, "John Kim", List.of(), List.of())));

        assertEquals(List.of("1-2 SAME_EMAIL", "3-4 SAME_PHONE", "1-5 SAME_NAME", "6-7 SAME_NAME", "8-9 SIMILAR_NAME"),
                pairs.stream().map(DuplicateFinderTest::describe).toList());
        assertTrue(pairs.get(0).score() > pairs.get(4).score());
        assertEquals("jane@example.com", pairs.get(0).detail());
    }

    @Test
    void koreanNamesAreComparedByJamo_soSmallSlipsCountSmall() {
        assertTrue(DuplicateFinder.jaroWinkler(key("남궁민수"), key("남궁민주")) > DuplicateFinder.jaroWinkler(key("남궁민수"), key("남궁영희")));
        assertTrue(DuplicateFinder.jaroWinkler(key("김민수"), key("이영희")) < 0.7);
        assertEquals(1.0, DuplicateFinder.jaroWinkler(key("José"), key("jose")));
    }

    @Test
    void anEmailSharedByAWholeOffice_isNoDuplicateEvidence() {
        List<ClientKeys> office = java.util.stream.LongStream.rangeClosed(1, 20)
                .mapToObj(id -> client(id, "Person " + (char) ('A' + id), List.of("info@firm.example"), List.of()))
                .toList();

        assertTrue(DuplicateFinder.find(office).stream().noneMatch(pair -> pair.reason() == Reason.SAME_EMAIL));
    }

    private static String key(String name) {
        return DuplicateFinder.nameKey(client(0, name, List.of(), List.of()));
    }
}
