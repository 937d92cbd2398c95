package app.clientele.domain;

/** Who started a contact: the client (inbound) or the firm (outbound). */
public enum Direction {
    INBOUND,
    OUTBOUND
}
