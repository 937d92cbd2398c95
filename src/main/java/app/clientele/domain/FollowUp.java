package app.clientele.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something to do for a client by a day. The due date is a calendar day in the user's zone (with
 * an optional time of day), not an instant: "call on Friday" stays Friday wherever the laptop
 * travels. {@code interactionId} names the interaction that gave rise to it, if any.
 * {@code createdBy} and {@code updatedBy} name the users who made it and changed it last.
 */
public record FollowUp(
        Long id,
        int version,
        ClientRef client,
        Long interactionId,
        String title,
        String notes,
        LocalDate dueDate,
        LocalTime dueTime,
        Priority priority,
        FollowUpStatus status,
        Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy) {
    public static final int MAX_TITLE_LENGTH = 200;

    /** Agenda order: earliest day first, all-day items before timed ones, then the most urgent. */
    public static final Comparator<FollowUp> AGENDA_ORDER = Comparator.comparing(FollowUp::dueDate)
            .thenComparing(FollowUp::dueTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FollowUp::priority, Comparator.reverseOrder())
            .thenComparing(FollowUp::title);

    public FollowUp {
        Objects.requireNonNull(client, "client");
        title = Interaction.limited(title, MAX_TITLE_LENGTH);
        if (title == null) {
            throw new IllegalArgumentException("a follow-up needs a title");
        }
        notes = Strings.blankToNull(notes);
        Objects.requireNonNull(dueDate, "dueDate");
        dueTime = dueTime == null ? null : dueTime.withSecond(0).withNano(0);
        priority = Objects.requireNonNullElse(priority, Priority.NORMAL);
        status = Objects.requireNonNullElse(status, FollowUpStatus.OPEN);
        if (status == FollowUpStatus.OPEN) {
            completedAt = null;
        } else {
            Objects.requireNonNull(completedAt, "completedAt");
        }
        createdBy = Strings.blankToNull(createdBy);
        updatedBy = Strings.blankToNull(updatedBy);
    }

    /** A follow-up as the user describes it, before the database records who made and changed it. */
    public FollowUp(Long id, int version, ClientRef client, Long interactionId, String title, String notes,
                    LocalDate dueDate, LocalTime dueTime, Priority priority, FollowUpStatus status, Instant completedAt,
                    Instant createdAt, Instant updatedAt) {
        this(id, version, client, interactionId, title, notes, dueDate, dueTime, priority, status, completedAt,
                createdAt, updatedAt, null, null);
    }

    /** A new, open follow-up. */
    public static FollowUp open(ClientRef client, Long interactionId, String title, LocalDate dueDate,
                                LocalTime dueTime, Priority priority) {
        return new FollowUp(null, 0, client, interactionId, title, null, dueDate, dueTime, priority,
                FollowUpStatus.OPEN, null, null, null);
    }

    public FollowUp withId(long newId, int newVersion, Instant created, Instant updated) {
        return new FollowUp(newId, newVersion, client, interactionId, title, notes, dueDate, dueTime, priority,
                status, completedAt, created, updated, createdBy, updatedBy);
    }

    /** The same follow-up with who made it and who changed it last. */
    public FollowUp withAuthors(String creator, String lastEditor) {
        return new FollowUp(id, version, client, interactionId, title, notes, dueDate, dueTime, priority,
                status, completedAt, createdAt, updatedAt, creator, lastEditor);
    }

    public FollowUp done(Instant at) {
        return withStatus(FollowUpStatus.DONE, at);
    }

    public FollowUp cancelled(Instant at) {
        return withStatus(FollowUpStatus.CANCELLED, at);
    }

    public FollowUp reopened() {
        return withStatus(FollowUpStatus.OPEN, null);
    }

    /** The same follow-up moved to another day; its time of day, if any, is kept. */
    public FollowUp snoozedTo(LocalDate day) {
        return new FollowUp(id, version, client, interactionId, title, notes, day, dueTime, priority, status,
                completedAt, createdAt, updatedAt, createdBy, updatedBy);
    }

    public boolean isOpen() {
        return status == FollowUpStatus.OPEN;
    }

    public DueGroup dueGroup(LocalDate today) {
        return DueGroup.of(dueDate, today);
    }

    private FollowUp withStatus(FollowUpStatus newStatus, Instant at) {
        return new FollowUp(id, version, client, interactionId, title, notes, dueDate, dueTime, priority, newStatus,
                at, createdAt, updatedAt, createdBy, updatedBy);
    }
}
