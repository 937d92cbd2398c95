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

    /** Whether the term has a lone consonant, which needs {@link #indexOfMatching} instead of a plain search. */
    static boolean hasInitialConsonant(String term) {
        return term.chars().anyMatch(c -> isInitialConsonant((char) c));
    }

    /**
     * Where {@code term} first occurs in {@code text} from {@code from} on, where a lone consonant in the
     * term stands for any syllable starting with it: "ㄱㅁㅅ" and "김ㅁ" both find 김민수. -1 if nowhere.
     */
    static int indexOfMatching(String text, String term, int from) {
        int last = text.length() - term.length();
        for (int start = from; start <= last; start++) {
            if (matchesAt(text, start, term)) {
                return start;
            }
        }
        return -1;
    }

    /** A syllable's initial can only equal the wanted character when that character is a lone consonant. */
    private static boolean matchesAt(String text, int start, String term) {
        for (int i = 0; i < term.length(); i++) {
            char wanted = term.charAt(i);
            char actual = text.charAt(start + i);
            if (wanted != actual && initialOf(actual) != wanted) {
                return false;
            }
        }
        return true;
    }
}
