package app.clientele.exchange;

import app.clientele.domain.Client;
import java.util.List;

/**
 * One contact read from a file: the client it describes (null when it cannot be imported), the
 * problems found, and whether the file carries every field of a client (Clientele's own layout),
 * in which case an update may also change the fields other formats do not have.
 */
public record ContactRecord(Where where, Client client, boolean fullRecord, List<Problem> problems) {
    public ContactRecord {
        problems = List.copyOf(problems);
    }

    public boolean hasError() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
