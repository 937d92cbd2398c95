package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.testutil.ClientBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {
    private final String minsu = SearchText.keyFor(ClientBuilder.aKoreanClient().build());
    private final String jose = SearchText.keyFor(ClientBuilder.aClient().withName("José Álvarez")
            .withOrganisation("Café Müller").withEmail("work", "JOSE@Example.com").withTags("Tax").build());

    @ParameterizedTest
    @ValueSource(strings = {"박민수", "민수", "ㅂㅁㅅ", "ㅁㅅ", "박ㅁ", "한빛", "ㅎㅂ", "세무", "vip", "VIP",
            "minsu.park", "01012345678", "010-1234-5678", "010 1234 5678", "1234", "02-123-4567", "+82 10-1234-5678",
            "박 민수", "민수형"})
    void korean_client_isFoundBy(String query) {
        assertTrue(SearchText.query(query).matches(minsu), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"김민수", "ㄱㅁㅅ", "ㅃ", "010-9999", "jane", "박 김"})
    void korean_client_isNotFoundBy(String query) {
        assertFalse(SearchText.query(query).matches(minsu), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jose", "JOSÉ", "alvarez", "cafe muller", "jose@example.com", "tax"})
    void search_ignoresCaseAndAccents(String query) {
        assertTrue(SearchText.query(query).matches(jose), query);
    }

    @Test
    void initialConsonants_distinguishDoubleConsonants() {
        String key = SearchText.keyFor(List.of("김꽃님", "떡집"), List.of(), List.of(), List.of());
        assertTrue(SearchText.query("ㄱㄲㄴ").matches(key));
        assertTrue(SearchText.query("ㄸㅈ").matches(key));
        assertFalse(SearchText.query("ㄱㄱㄴ").matches(key));
        assertFalse(SearchText.query("ㄷㅈ").matches(key));
    }

    @Test
    void query_neverMatchesAcrossTwoFields() {
        String key = SearchText.keyFor(List.of("Ann", "Bee"), List.of(), List.of(), List.of());
        assertFalse(SearchText.query("annbee").matches(key));
    }

    @Test
    void internationalKoreanNumber_isAlsoIndexedInItsNationalForm() {
        assertEquals("01012345678", SearchText.nationalDigits("+82 10-1234-5678"));
        String key = SearchText.keyFor(List.of("A"), List.of(), List.of("+82 10 1234 5678"), List.of());
        assertTrue(SearchText.query("010-1234-5678").matches(key));
    }

    @Test
    void blankQuery_matchesEverything() {
        assertTrue(SearchText.query("   ").matches(minsu));
        assertTrue(SearchText.query(null).isBlank());
    }
}
