package app.clientele.exchange;

/** The two kinds of contact file Clientele reads. */
public enum FileKind {
    VCARD,
    CSV
}
