package app.clientele.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RawCollationKey;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sorting names the way the user's language does: Hangul in 가나다 order, Latin alphabetically
 * ignoring case and accents at first glance. For Korean users Hangul comes before Latin, as in
 * Korean phone books; for everyone else Latin comes first.
 *
 * <p>Comparing two strings with a collator is slow next to comparing bytes, so each string's
 * collation key is computed once and kept: sorting 100,000 clients then costs a byte comparison
 * per step. One instance serves one thread (the JavaFX thread, or one export).
 */
public final class Collation implements Comparator<String> {
    private final Locale locale;
    private final Map<String, RawCollationKey> keys = new HashMap<>();
    /**
     * Made at the first comparison: ICU's collation data takes a while to load, and the JavaFX thread
     * makes its instances while it builds the window, which compares nothing yet.
     */
    private Collator collator;

    private Collation(Locale locale) {
        this.locale = locale;
    }

    public static Collation forLocale(Locale locale) {
        return new Collation(locale);
    }

    private Collator collator() {
        if (collator == null) {
            Collator made = Collator.getInstance(locale);
            if (Locale.KOREAN.getLanguage().equals(locale.getLanguage())) {
                made.setReorderCodes(UScript.HANGUL, UScript.HAN);
            }
            made.setStrength(Collator.TERTIARY);
            collator = made.freeze();
        }
        return collator;
    }

    /** Blank and missing values sort last. */
    @Override
    public int compare(String left, String right) {
        boolean leftBlank = left == null || left.isBlank();
        boolean rightBlank = right == null || right.isBlank();
        if (leftBlank || rightBlank) {
            return Boolean.compare(leftBlank, rightBlank);
        }
        return key(left).compareTo(key(right));
    }

    private RawCollationKey key(String text) {
        RawCollationKey key = keys.get(text);
        if (key == null) {
            key = collator().getRawCollationKey(text, null);
            keys.put(text, key);
        }
        return key;
    }
}
