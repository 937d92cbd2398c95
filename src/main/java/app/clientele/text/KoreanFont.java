package app.clientele.text;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Picks a font that has Hangul. JavaFX's own fallback finds TrueType fonts such as NanumGothic but
 * skips the CFF-based Noto CJK fonts Debian installs by default, so when only those exist the
 * family must be named outright.
 */
public final class KoreanFont {
    /** In order of preference: the systems' own Korean fonts first, then the common free ones. */
    static final List<String> PREFERRED = List.of("Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic",
            "Nanum Gothic", "Noto Sans KR", "Noto Sans CJK KR", "NanumBarunGothic", "UnDotum", "Baekmuk Gulim");

    private KoreanFont() {
    }

    public static Optional<String> choose(Collection<String> installedFamilies) {
        return PREFERRED.stream().filter(installedFamilies::contains).findFirst();
    }
}
