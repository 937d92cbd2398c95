package app.clientele.domain;

/** How a contact with a client happened. Stored by name. */
public enum Channel {
    MEETING,
    PHONE_CALL,
    EMAIL,
    MESSAGE,
    CHAT,
    SOCIAL_MEDIA,
    LETTER,
    VISIT,
    OTHER
}
