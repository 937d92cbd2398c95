package app.clientele.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One issue of the newsletter: its subject and the day it goes out. Once marked sent it records
 * when, and who received it ({@code recipientCount} of them).
 */
public record NewsletterEdition(Long id, int version, String subject, LocalDate sendDate, Instant sentAt,
                                int recipientCount) {
    public static final int MAX_SUBJECT_LENGTH = 200;

    public NewsletterEdition {
        subject = Interaction.limited(subject, MAX_SUBJECT_LENGTH);
        if (subject == null) {
            throw new IllegalArgumentException("an edition needs a subject");
        }
        Objects.requireNonNull(sendDate, "sendDate");
    }

    public static NewsletterEdition planned(String subject, LocalDate sendDate) {
        return new NewsletterEdition(null, 0, subject, sendDate, null, 0);
    }

    public boolean isSent() {
        return sentAt != null;
    }
}
