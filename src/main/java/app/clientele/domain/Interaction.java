package app.clientele.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One contact with one or more clients: when it happened (an instant, shown in the user's zone),
 * how, who started it, what it was about and how the client felt about it. {@code createdBy} and
 * {@code updatedBy} name the users who logged it and changed it last, as the database recorded them.
 */
public record Interaction(
        Long id,
        int version,
        List<ClientRef> participants,
        Instant occurredAt,
        Channel channel,
        Direction direction,
        String subject,
        String notes,
        String outcome,
        Integer satisfaction,
        String feedback,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy) {
    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_SHORT_TEXT_LENGTH = 2000;
    public static final int MIN_SATISFACTION = 1;
    public static final int MAX_SATISFACTION = 5;

    public Interaction {
        participants = distinct(Objects.requireNonNull(participants, "participants"));
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("an interaction needs at least one client");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        channel = Objects.requireNonNullElse(channel, Channel.OTHER);
        direction = Objects.requireNonNullElse(direction, Direction.OUTBOUND);
        subject = limited(subject, MAX_SUBJECT_LENGTH);
        notes = Strings.blankToNull(notes);
        outcome = limited(outcome, MAX_SHORT_TEXT_LENGTH);
        feedback = limited(feedback, MAX_SHORT_TEXT_LENGTH);
        if (satisfaction != null && (satisfaction < MIN_SATISFACTION || satisfaction > MAX_SATISFACTION)) {
            throw new IllegalArgumentException("satisfaction is a score from 1 to 5");
        }
        createdBy = Strings.blankToNull(createdBy);
        updatedBy = Strings.blankToNull(updatedBy);
    }

    /** An interaction as the user describes it, before the database records who logged and changed it. */
    public Interaction(Long id, int version, List<ClientRef> participants, Instant occurredAt, Channel channel,
                       Direction direction, String subject, String notes, String outcome, Integer satisfaction,
                       String feedback, Instant createdAt, Instant updatedAt) {
        this(id, version, participants, occurredAt, channel, direction, subject, notes, outcome, satisfaction,
                feedback, createdAt, updatedAt, null, null);
    }

    /** A new, unsaved interaction with one client. */
    public static Interaction with(ClientRef client, Instant occurredAt, Channel channel, Direction direction,
                                   String subject) {
        return new Interaction(null, 0, List.of(client), occurredAt, channel, direction, subject, null, null,
                null, null, null, null);
    }

    public Interaction withId(long newId, int newVersion, Instant created, Instant updated) {
        return new Interaction(newId, newVersion, participants, occurredAt, channel, direction, subject, notes,
                outcome, satisfaction, feedback, created, updated, createdBy, updatedBy);
    }

    /** The same interaction with who logged it and who changed it last. */
    public Interaction withAuthors(String creator, String lastEditor) {
        return new Interaction(id, version, participants, occurredAt, channel, direction, subject, notes,
                outcome, satisfaction, feedback, createdAt, updatedAt, creator, lastEditor);
    }

    /** The same interaction with other clients taking part. */
    public Interaction withParticipants(List<ClientRef> others) {
        return new Interaction(id, version, others, occurredAt, channel, direction, subject, notes,
                outcome, satisfaction, feedback, createdAt, updatedAt, createdBy, updatedBy);
    }

    public List<Long> clientIds() {
        return participants.stream().map(ClientRef::id).toList();
    }

    public boolean isNew() {
        return id == null;
    }

    private static List<ClientRef> distinct(List<ClientRef> participants) {
        Map<Long, ClientRef> byId = new LinkedHashMap<>();
        participants.forEach(client -> byId.putIfAbsent(client.id(), client));
        return List.copyOf(byId.values());
    }

    static String limited(String text, int maxLength) {
        String value = Strings.blankToNull(text);
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException("text longer than " + maxLength);
        }
        return value;
    }
}
