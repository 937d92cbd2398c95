package app.clientele.domain;

/** A person's place in an organisation. */
public enum MemberRole {
    EMPLOYEE,
    OWNER,
    ASSISTANT,
    CONTACT
}
