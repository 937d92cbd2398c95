package app.clientele.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CollationTest {
    private static final List<String> MIXED = List.of("Émile Zola", "박민수", "anna Kim", "김지현", "Zoe Park",
            "강감찬", "", "Ángel Ruiz", "이서연", "Bob", "가나다");

    @Test
    void korean_putsHangulFirstInGanadaOrderThenLatinAlphabetically() {
        assertEquals(List.of("가나다", "강감찬", "김지현", "박민수", "이서연", "Ángel Ruiz", "anna Kim", "Bob",
                "Émile Zola", "Zoe Park", ""), sorted(Locale.KOREAN));
    }

    @Test
    void english_putsLatinFirstIgnoringCaseAndAccentsThenHangul() {
        assertEquals(List.of("Ángel Ruiz", "anna Kim", "Bob", "Émile Zola", "Zoe Park", "가나다", "강감찬", "김지현",
                "박민수", "이서연", ""), sorted(Locale.ENGLISH));
    }

    @Test
    void missingValues_sortLast() {
        List<String> values = new ArrayList<>(Arrays.asList(null, "b", "a", null));
        values.sort(Collation.forLocale(Locale.ENGLISH));
        assertEquals(Arrays.asList("a", "b", null, null), values);
    }

    private static List<String> sorted(Locale locale) {
        List<String> names = new ArrayList<>(MIXED);
        names.sort(Collation.forLocale(locale));
        return names;
    }
}
