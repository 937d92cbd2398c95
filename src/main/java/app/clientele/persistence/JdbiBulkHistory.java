package app.clientele.persistence;

import app.clientele.domain.BulkHistory;
import app.clientele.domain.ClientRef;
import app.clientele.domain.FollowUp;
import app.clientele.domain.Interaction;
import app.clientele.domain.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** History written in batches: one statement per table for a whole list, in one transaction. */
public final class JdbiBulkHistory implements BulkHistory {
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiBulkHistory(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void addInteractions(List<Interaction> interactions) {
        Instant now = now();
        jdbi.useTransaction(handle -> {
            PreparedBatch rows = handle.prepareBatch("""
                    INSERT INTO interaction (version, occurred_at, channel, direction, subject, notes, outcome,
                        satisfaction, feedback, created_at, updated_at, created_by, updated_by)
                    VALUES (0, :occurred_at, :channel, :direction, :subject, :notes, :outcome, :satisfaction,
                        :feedback, :now, :now, :user, :user)""");
            String user = ActingUser.of(handle);
            interactions.forEach(interaction -> JdbiInteractionRepository.bindFields(rows, interaction)
                    .bind("now", now).bind("user", user).add());
            List<Long> ids = rows.executePreparedBatch("id").mapTo(Long.class).list();
            PreparedBatch participants = handle.prepareBatch("""
                    INSERT INTO interaction_participant (interaction_id, client_id, sort_order, occurred_at)
                    VALUES (:interaction, :client, :sort_order, :occurred_at)""");
            for (int i = 0; i < interactions.size(); i++) {
                List<ClientRef> clients = interactions.get(i).participants();
                for (int order = 0; order < clients.size(); order++) {
                    participants.bind("interaction", ids.get(i)).bind("client", clients.get(order).id())
                            .bind("sort_order", order).bind("occurred_at", interactions.get(i).occurredAt()).add();
                }
            }
            participants.execute();
        });
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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
