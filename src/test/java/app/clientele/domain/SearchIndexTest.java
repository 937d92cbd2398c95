package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.testutil.ClientBuilder;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {
    private final List<String> keys = List.of(
            SearchText.keyFor(ClientBuilder.aKoreanClient().build()),
            SearchText.keyFor(ClientBuilder.aClient().withName("José Álvarez").withOrganisation("Café Müller")
                    .withEmail("work", "JOSE@Example.com").withTags("Tax").build()),
            SearchText.keyFor(List.of("김민지", "한빛세무"), List.of("minji@example.kr"), List.of("+82 10-5555-1234"),
                    List.of("vip")),
            SearchText.keyFor(List.of(), List.of(), List.of(), List.of()),
            SearchText.keyFor(List.of("Min"), List.of(), List.of(), List.of("su")));
    private final SearchIndex index = SearchIndex.of(keys);

    @ParameterizedTest
    @ValueSource(strings = {"", "min", "민", "ㅁ", "ㄱㅁㅈ", "한빛", "ㅎㅂ", "vip", "tax", "jose", "cafe muller",
            "example", "010", "01055551234", "5555", "1234", "+82 10-5555", "박 민수", "min su", "su", "nothing",
            "ㅂㅁㅅ ㅎㅂ", "e"})
    void index_findsTheSameRowsAsMatchingEachKey(String text) {
        SearchText.Query query = SearchText.query(text);
        BitSet expected = new BitSet();
        for (int row = 0; row < keys.size(); row++) {
            if (query.matches(keys.get(row))) {
                expected.set(row);
            }
        }
        assertEquals(expected, index.rowsMatching(query), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min\u001esu", "x\u001f"})
    void aMatch_neverRunsFromOneRowIntoTheNext(String text) {
        // "Min" ends row 4's name and "su" is its tag: a control character between them is not searched for,
        // so the words are found apart, in the same row, and never across the end of a row.
        assertEquals(SearchText.query(text.replaceAll("\\p{Cntrl}", " ")).matches(keys.get(4)),
                index.rowsMatching(SearchText.query(text)).get(4));
    }
}
