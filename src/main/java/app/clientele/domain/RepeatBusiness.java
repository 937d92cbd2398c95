package app.clientele.domain;

/** Whether a client came back: no engagement yet, a single one, or two and more (see {@link Engagements}). */
public enum RepeatBusiness {
    NONE,
    ONE_TIME,
    REPEAT;

    public static RepeatBusiness of(int engagements) {
        return engagements <= 0 ? NONE : engagements == 1 ? ONE_TIME : REPEAT;
    }
}
