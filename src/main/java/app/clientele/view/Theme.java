package app.clientele.view;

/** The looks Clientele offers: AtlantaFX Primer light and dark, or JavaFX's classic Modena. */
public enum Theme {
    LIGHT,
    DARK,
    CLASSIC
}
