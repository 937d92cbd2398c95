package app.clientele.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Applies the chosen look: AtlantaFX's Primer light or dark theme, or JavaFX's classic Modena.
 * Clientele's own stylesheet uses AtlantaFX's colour names; under Modena a small compatibility
 * sheet defines them.
 */
public final class Themes {
    private static final String APP_CSS = "/app/clientele/view/app.css";
    private static final String MODENA_COMPAT_CSS = "/app/clientele/view/modena-compat.css";

    private Themes() {
    }

    public static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(switch (theme) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
            case CLASSIC -> Application.STYLESHEET_MODENA;
        });
        if (scene != null) {
            scene.getStylesheets().setAll(stylesheet(APP_CSS));
            if (theme == Theme.CLASSIC) {
                scene.getStylesheets().add(0, stylesheet(MODENA_COMPAT_CSS));
            }
        }
    }

    private static String stylesheet(String resource) {
        return Themes.class.getResource(resource).toExternalForm();
    }
}
