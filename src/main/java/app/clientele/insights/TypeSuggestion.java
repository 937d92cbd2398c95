package app.clientele.insights;

import app.clientele.domain.CustomerType;
import java.time.LocalDate;
import java.util.List;

/** A customer type suggested from a client's history, and the facts that led to it. */
public record TypeSuggestion(CustomerType type, List<Reason> reasons) {

    public TypeSuggestion {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a suggestion says why");
        }
    }

    /** One fact behind a suggestion, for the user to read. */
    public sealed interface Reason {
    }

    /** The latest satisfaction score the client gave, and when. */
    public record LastScore(int score, LocalDate on) implements Reason {
    }

    /** Follow-ups still open on contacts the client scored 1 or 2. */
    public record OpenComplaints(int count) implements Reason {
    }

    /** Several contacts the client started within a few days. */
    public record InboundBurst(int contacts, LocalDate from, LocalDate to) implements Reason {
    }

    /** The client's first contact, recent enough to call them new. */
    public record FirstContact(LocalDate on) implements Reason {
    }

    /** Engagements in several years, and a recent contact. */
    public record EngagedYears(List<Integer> years, LocalDate lastContact) implements Reason {
        public EngagedYears {
            years = List.copyOf(years);
        }
    }

    /** A single, short engagement, some time ago. */
    public record SingleEngagement(LocalDate from, LocalDate to, int contacts) implements Reason {
    }
}
