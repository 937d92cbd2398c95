package app.clientele.domain;

/** How urgent a follow-up is. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH
}
