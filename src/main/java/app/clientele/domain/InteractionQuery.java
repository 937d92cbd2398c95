package app.clientele.domain;

import java.time.Instant;

/**
 * What the Interactions view lists: an optional time window [from, until), channel, text in a
 * client's name and text in the interaction, in a sort order. Null or blank means "any".
 */
public record InteractionQuery(Instant from, Instant until, Channel channel, String clientText, String text,
                               Sort sort, boolean ascending) {
    public static final InteractionQuery NEWEST_FIRST = new InteractionQuery(null, null, null, null, null,
            Sort.DATE, false);

    /** The columns the list can be sorted by. */
    public enum Sort { DATE, CHANNEL, DIRECTION, SUBJECT, SATISFACTION }

    public InteractionQuery {
        clientText = Strings.blankToNull(clientText);
        text = Strings.blankToNull(text);
        sort = sort == null ? Sort.DATE : sort;
    }

    public InteractionQuery withChannel(Channel newChannel) {
        return new InteractionQuery(from, until, newChannel, clientText, text, sort, ascending);
    }
}
