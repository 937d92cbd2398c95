package app.clientele.domain;

/** The classic customer types a professional sorts their clients into. */
public enum CustomerType {
    NEW,
    IMPULSE,
    UNHAPPY,
    PERSISTENT,
    LOYAL
}
