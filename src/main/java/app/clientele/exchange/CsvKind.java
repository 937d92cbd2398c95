package app.clientele.exchange;

/** The CSV layouts Clientele recognises by their header. */
public enum CsvKind {
    CLIENTELE,
    GOOGLE,
    GOOGLE_LEGACY,
    OUTLOOK,
    /** Any other header: read through a column mapping. */
    OTHER
}
