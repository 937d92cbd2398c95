package app.clientele.domain;

/** Where a client stands with the newsletter, over all channels: a segment can select on it. */
public enum NewsletterStatus {
    /** Has a consent not withdrawn, on at least one channel. */
    SUBSCRIBED,
    /** Gave consent once and withdrew it everywhere. */
    OPTED_OUT,
    /** Never gave consent. */
    NOT_ASKED;

    /** @param consents how many consents the client ever gave; @param active how many still stand */
    public static NewsletterStatus of(int consents, int active) {
        if (active > 0) {
            return SUBSCRIBED;
        }
        return consents > 0 ? OPTED_OUT : NOT_ASKED;
    }
}
