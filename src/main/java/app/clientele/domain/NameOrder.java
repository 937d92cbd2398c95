package app.clientele.domain;

/** How a personal name is written: Korean (and other East Asian) names put the family name first. */
public enum NameOrder {
    FAMILY_FIRST,
    GIVEN_FIRST;

    /** The order a name's own script suggests: Hangul, Han or Kana means family name first. */
    public static NameOrder suggestedFor(String... nameParts) {
        for (String part : nameParts) {
            if (part != null && part.codePoints().anyMatch(NameOrder::isEastAsian)) {
                return FAMILY_FIRST;
            }
        }
        return GIVEN_FIRST;
    }

    private static boolean isEastAsian(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
