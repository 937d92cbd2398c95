package app.clientele.view;

import app.clientele.text.KoreanFont;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/** Makes Korean text render with a font that has Hangul when the interface is in Korean. */
public final class Fonts {
    private Fonts() {
    }

    /**
     * Names an installed Korean font on the window's root when the interface is Korean. Without
     * one, JavaFX falls back as best it can (see the README for the font package to install).
     */
    public static void useKoreanFontIfKorean(Parent root, Locale locale) {
        if (!Locale.KOREAN.getLanguage().equals(locale.getLanguage())) {
            return;
        }
        KoreanFont.choose(Font.getFamilies())
                .ifPresent(family -> root.setStyle("-fx-font-family: \"" + family + "\";"));
    }
}
