package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.testutil.ClientBuilder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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

    @Test
    void normalise_givesWhatDecomposingDroppingAccentsAndComposingGives_forEveryKindOfText() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of("Jane DOE", "jane.doe@example.com", "+82 10-1234-5678",
                "김민준", "Kim 민준 & Co.", "Émilie Zoë", "ﬁnance", "Ｆｕｌｌ", "가", "İstanbul", "Straße"));
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 8; j++) {
                text.append(switch (random.nextInt(3)) {
                    case 0 -> (char) (0x20 + random.nextInt(0x5F));
                    case 1 -> (char) (0xAC00 + random.nextInt(0xD7A4 - 0xAC00));
                    default -> (char) (0xA0 + random.nextInt(0x3000));
                });
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
            String expected = Normalizer.normalize(decomposed.replaceAll("\\p{Mn}+", ""),
                    Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            assertEquals(expected, SearchText.normalise(text), text);
        }
    }
}
