package app.clientele.domain;

/** How a client agreed to receive the newsletter. Email and text messages are consented to separately. */
public enum NewsletterChannel {
    EMAIL,
    SMS
}
