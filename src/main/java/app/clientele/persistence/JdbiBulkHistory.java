package app.clientele.persistence;

import app.clientele.domain.BulkHistory;
import app.clientele.domain.Client;
import app.clientele.domain.ClientRef;
import app.clientele.domain.FollowUp;
import app.clientele.domain.HistoryFigures;
import app.clientele.domain.Interaction;
import app.clientele.domain.Subscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Clients and history written in batches: one statement per table for a whole list, in one transaction. */
public final class JdbiBulkHistory implements BulkHistory {
    /**
     * The most a commit waits for the disk during a load, in milliseconds: H2 then writes changed
     * pages on its own thread, alongside the load, instead of in the loading thread at every commit.
     */
    static final int LOAD_WRITE_DELAY = 100;

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiBulkHistory(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public <T> T asOneLoad(Supplier<T> load) {
        if (!jdbi.withHandle(JdbiBulkHistory::isH2File)) {
            return load.get();
        }
        jdbi.useHandle(handle -> handle.execute("SET WRITE_DELAY " + LOAD_WRITE_DELAY));
        try {
            jdbi.useHandle(handle -> DeferredIndexes.setAside(handle.getConnection()));
            return load.get();
        } finally {
            jdbi.useHandle(handle -> {
                try {
                    DeferredIndexes.buildAgain(handle.getConnection());
                } finally {
                    // Back to every commit reaching the disk first (decision 4), with the load's own commits written now.
                    handle.execute("SET WRITE_DELAY 0");
                    handle.execute("CHECKPOINT");
                }
            });
        }
    }

    /** A shared PostgreSQL database keeps its server's own settings. */
    private static boolean isH2File(Handle handle) {
        try {
            return handle.getConnection().getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            throw new ConnectionException(e);
        }
    }

    @Override
    public List<Long> addClients(List<Client> clients, List<HistoryFigures> figures) {
        Instant now = now();
        return jdbi.inTransaction(handle -> JdbiExchangeRepository.insert(handle, clients, figures, now));
    }

    /**
     * Binds by position with plain JDBC: Jdbi's named binding looks up and describes every value it
     * binds, which was a third of writing a million interactions (decision 18).
     */
    @Override
    public void addInteractions(List<Interaction> interactions) {
        OffsetDateTime now = now().atOffset(ZoneOffset.UTC);
        jdbi.useTransaction(handle -> {
            try {
                insertWithParticipants(handle.getConnection(), interactions, now, ActingUser.of(handle));
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        });
    }

    private static void insertWithParticipants(Connection connection, List<Interaction> interactions,
                                               OffsetDateTime now, String user) throws SQLException {
        List<Long> ids = insertRows(connection, interactions, now, user);
        // In the order of the clients: the index on client and the foreign key's look-ups then go
        // through the pages once, in order, instead of jumping to a random page for every row.
        List<Participant> byClient = new ArrayList<>();
        for (int i = 0; i < interactions.size(); i++) {
            List<ClientRef> clients = interactions.get(i).participants();
            for (int order = 0; order < clients.size(); order++) {
                byClient.add(new Participant(ids.get(i), clients.get(order).id(), order,
                        interactions.get(i).occurredAt()));
            }
        }
        byClient.sort(Comparator.comparingLong(Participant::client).thenComparingLong(Participant::interaction));
        insertParticipants(connection, byClient);
    }

    private static List<Long> insertRows(Connection connection, List<Interaction> interactions, OffsetDateTime now,
                                         String user) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement("""
                INSERT INTO interaction (version, occurred_at, channel, direction, subject, notes, outcome,
                    satisfaction, feedback, created_at, updated_at, created_by, updated_by)
                VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            for (Interaction interaction : interactions) {
                rows.setObject(1, interaction.occurredAt().atOffset(ZoneOffset.UTC));
                rows.setString(2, interaction.channel().name());
                rows.setString(3, interaction.direction().name());
                rows.setString(4, interaction.subject());
                rows.setString(5, interaction.notes());
                rows.setString(6, interaction.outcome());
                rows.setObject(7, interaction.satisfaction(), Types.INTEGER);
                rows.setString(8, interaction.feedback());
                rows.setObject(9, now);
                rows.setObject(10, now);
                rows.setString(11, user);
                rows.setString(12, user);
                rows.addBatch();
            }
            rows.executeBatch();
            List<Long> ids = new ArrayList<>(interactions.size());
            try (ResultSet keys = rows.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void insertParticipants(Connection connection, List<Participant> participants) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement("""
                INSERT INTO interaction_participant (interaction_id, client_id, sort_order, occurred_at)
                VALUES (?, ?, ?, ?)""")) {
            for (Participant participant : participants) {
                rows.setLong(1, participant.interaction());
                rows.setLong(2, participant.client());
                rows.setInt(3, participant.order());
                rows.setObject(4, participant.at().atOffset(ZoneOffset.UTC));
                rows.addBatch();
            }
            rows.executeBatch();
        }
    }

    @Override
    public void setActivity(List<Interaction> history) {
        jdbi.useTransaction(handle -> ClientActivity.setFrom(handle, history));
    }

    @Override
    public void addFollowUps(List<FollowUp> followUps) {
        Instant now = now();
        jdbi.useTransaction(handle -> {
            PreparedBatch rows = handle.prepareBatch("""
                    INSERT INTO follow_up (version, client_id, interaction_id, title, notes, due_date, due_time,
                        priority, status, completed_at, created_at, updated_at, created_by, updated_by)
                    VALUES (0, :client_id, :interaction_id, :title, :notes, :due_date, :due_time, :priority, :status,
                        :completed_at, :now, :now, :user, :user)""");
            String user = ActingUser.of(handle);
            followUps.forEach(followUp -> JdbiFollowUpRepository.bindFields(rows, followUp).bind("now", now)
                    .bind("user", user).add());
            rows.execute();
        });
    }

    @Override
    public void addSubscriptions(List<Subscription> subscriptions) {
        Instant now = now();
        jdbi.useTransaction(handle -> {
            PreparedBatch rows = handle.prepareBatch("""
                    INSERT INTO newsletter_subscription (version, client_id, channel, consent_date, consent_method,
                        unsubscribed_on, created_at)
                    VALUES (0, :client, :channel, :consent_date, :method, :unsubscribed_on, :now)""");
            subscriptions.forEach(consent -> rows.bind("client", consent.clientId())
                    .bind("channel", consent.channel().name())
                    .bind("consent_date", consent.consentDate())
                    .bind("method", consent.consentMethod().name())
                    .bind("unsubscribed_on", consent.unsubscribedOn())
                    .bind("now", now).add());
            rows.execute();
        });
    }

    /** The clients' emails, phones, follow-ups and the rest go with them (ON DELETE CASCADE). */
    @Override
    public void removeAll() {
        jdbi.useTransaction(handle -> {
            handle.execute("DELETE FROM interaction");
            handle.execute("DELETE FROM client");
        });
    }

    @Override
    public boolean isEmpty() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM client").mapTo(Long.class).one()) == 0;
    }

    /** One row of interaction_participant. */
    private record Participant(long interaction, long client, int order, Instant at) {
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
