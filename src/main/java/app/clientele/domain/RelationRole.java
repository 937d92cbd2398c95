package app.clientele.domain;

/**
 * What another client is to a client: "Parent: 김철수" on 김민수's page is "Child: 김민수" on
 * 김철수's. Each link is stored once, under the role of its pair that {@link #stored()} says; the
 * other side reads the {@link #inverse()}. Referrals may link organisations too; the family and
 * work roles link people only.
 */
public enum RelationRole {
    SPOUSE,
    PARENT,
    CHILD,
    SIBLING,
    COLLEAGUE,
    ASSISTANT,
    ASSISTANT_TO,
    REFERRED_BY,
    REFERRED;

    public RelationRole inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            case ASSISTANT -> ASSISTANT_TO;
            case ASSISTANT_TO -> ASSISTANT;
            case REFERRED_BY -> REFERRED;
            case REFERRED -> REFERRED_BY;
            default -> this;
        };
    }

    /** Whether a link in this role is stored as it is (else as its inverse, from the other side). */
    public boolean stored() {
        return this != CHILD && this != ASSISTANT_TO && this != REFERRED_BY;
    }

    public boolean symmetric() {
        return inverse() == this;
    }

    /** Spouses, parents, siblings, colleagues and assistants are people; anyone may refer anyone. */
    public boolean peopleOnly() {
        return this != REFERRED && this != REFERRED_BY;
    }
}
