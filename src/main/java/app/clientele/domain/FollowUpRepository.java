package app.clientele.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where follow-ups are kept. Each call is one transaction. */
public interface FollowUpRepository {

    FollowUp create(FollowUp followUp);

    /**
     * Stores a change (done, snoozed, edited).
     *
     * @throws StaleDataException when the stored version is no longer the one the change started from
     */
    FollowUp update(FollowUp followUp);

    Optional<FollowUp> find(long id);

    void delete(long id);

    /** Open follow-ups of active clients due on or before {@code lastDay}, overdue ones included. */
    List<FollowUp> openDueBy(LocalDate lastDay);

    /** A client's follow-ups: the open ones, then the most recently closed ones up to {@code closedLimit}. */
    List<FollowUp> forClient(long clientId, int closedLimit);
}
