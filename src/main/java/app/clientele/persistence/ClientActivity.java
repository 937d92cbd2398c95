package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.HistoryFigures;
import app.clientele.domain.Interaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The history figures kept on each client's row (migration V007): the number of engagements, the
 * last contact and the last satisfaction score. Whatever adds, moves or removes a client's
 * interactions calls {@link #refresh} in the same transaction, so lists and the dashboard read
 * them directly instead of aggregating every interaction.
 */
final class ClientActivity {
    private static final String CONTACTS = """
            SELECT p.client_id, p.interaction_id, p.occurred_at, i.satisfaction
            FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id""";
    /** The newest-first participant index's own order (V011): read as it stands, not sorted by H2. */
    private static final String NEWEST_FIRST = " ORDER BY p.client_id, p.occurred_at DESC, p.interaction_id DESC";
    /** The figures' columns, in the order of the parameters {@link #bindFigures} binds. */
    static final String COLUMNS = "engagements, last_contact_at, last_satisfaction, last_satisfaction_at";
    static final String VALUES = ":engagements, :last_contact, :score, :scored_at";
    private static final String UPDATE = "UPDATE client SET (" + COLUMNS + ") = (" + VALUES + ") WHERE id = :client";

    private ClientActivity() {
    }

    /** Works the figures out again from the clients' interactions. */
    static void refresh(Handle handle, Collection<Long> clientIds) {
        // A stable order, so two transactions never lock the same client rows the other way round.
        for (long clientId : new TreeSet<>(clientIds)) {
            List<HistoryFigures.Contact> contacts = new ArrayList<>(handle.createQuery(
                            CONTACTS + " WHERE p.client_id = :client" + NEWEST_FIRST)
                    .bind("client", clientId)
                    .map(ClientActivity::contact)
                    .list());
            Collections.reverse(contacts);
            bindFigures(handle.prepareBatch(UPDATE), HistoryFigures.of(contacts)).bind("client", clientId).add()
                    .execute();
        }
    }

    /**
     * Sets the figures of the clients of {@code interactions} from these alone, without reading them
     * back: for a bulk load that has just written them, in this order, as their clients' whole
     * history. Reading a million contacts back fetched each interaction at random.
     */
    static void setFrom(Handle handle, List<Interaction> interactions) {
        PreparedBatch updates = handle.prepareBatch(UPDATE);
        new TreeMap<>(HistoryFigures.byClient(interactions)).forEach((clientId, figures) ->
                bindFigures(updates, figures).bind("client", clientId).add());
        if (updates.size() > 0) {
            updates.execute();
        }
    }

    /** Binds the figures to {@link #COLUMNS}' parameters. */
    static <S extends SqlStatement<S>> S bindFigures(S statement, HistoryFigures figures) {
        return statement.bind("engagements", figures.engagements())
                .bindByType("last_contact", figures.lastContact(), Instant.class)
                .bind("score", figures.lastScore())
                .bindByType("scored_at", figures.lastScoredAt(), Instant.class);
    }

    private static HistoryFigures.Contact contact(ResultSet row, StatementContext context) throws SQLException {
        return new HistoryFigures.Contact(instant(row, "occurred_at"), row.getObject("satisfaction", Integer.class));
    }
}
