package app.clientele.domain;

/** Hangul facts search needs: the initial consonant (초성) of each precomposed syllable. */
final class Hangul {
    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final int SYLLABLES_PER_INITIAL = 21 * 28;
    /** The 19 initial consonants in syllable order, as compatibility jamo (what keyboards type). */
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

    private Hangul() {
    }

    static boolean isInitialConsonant(char c) {
        return INITIALS.indexOf(c) >= 0;
    }

    /** The initial consonant of a syllable (김 → ㄱ), or the character itself when it is not one. */
    static char initialOf(char c) {
        if (c < FIRST_SYLLABLE || c > LAST_SYLLABLE) {
            return c;
        }
        return INITIALS.charAt((c - FIRST_SYLLABLE) / SYLLABLES_PER_INITIAL);
    }

    /** Whether the term has a lone consonant, which needs {@link #containsMatching} instead of a plain search. */
    static boolean hasInitialConsonant(String term) {
        return term.chars().anyMatch(c -> isInitialConsonant((char) c));
    }

    /**
     * Whether {@code text} contains {@code term}, where a lone consonant in the term stands for any
     * syllable starting with it: "ㄱㅁㅅ" and "김ㅁ" both find 김민수.
     */
    static boolean containsMatching(String text, String term) {
        int last = text.length() - term.length();
        for (int start = 0; start <= last; start++) {
            if (matchesAt(text, start, term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int start, String term) {
        for (int i = 0; i < term.length(); i++) {
            char wanted = term.charAt(i);
            char actual = text.charAt(start + i);
            if (wanted != actual && !(isInitialConsonant(wanted) && initialOf(actual) == wanted)) {
                return false;
            }
        }
        return true;
    }
}
