package app.clientele.domain;

/** Whether the firm serves this person over time (a client) or per transaction (a customer). */
public enum Relationship {
    CLIENT,
    CUSTOMER
}
