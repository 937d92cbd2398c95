package app.clientele.domain;

/** Where a follow-up stands: still to do, done, or dropped. */
public enum FollowUpStatus {
    OPEN,
    DONE,
    CANCELLED
}
