package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ConsentMethod;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.NewsletterEdition;
import app.clientele.domain.NewsletterRepository;
import app.clientele.domain.StaleDataException;
import app.clientele.domain.Subscription;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Consent records ({@code newsletter_subscription}), editions and their recipients. */
public final class JdbiNewsletterRepository implements NewsletterRepository {
    private static final String EDITIONS = """
            SELECT e.*, (SELECT COUNT(*) FROM newsletter_recipient r WHERE r.edition_id = e.id) AS recipients
            FROM newsletter_edition e""";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiNewsletterRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public List<Subscription> subscriptionsOf(long clientId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM newsletter_subscription WHERE client_id = :client
                        ORDER BY consent_date DESC, id DESC""")
                .bind("client", clientId)
                .map((row, context) -> readSubscription(row))
                .list());
    }

    @Override
    public List<Subscription> active(NewsletterChannel channel) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM newsletter_subscription WHERE channel = :channel AND unsubscribed_on IS NULL""")
                .bind("channel", channel.name())
                .map((row, context) -> readSubscription(row))
                .list());
    }

    @Override
    public Subscription subscribe(Subscription consent) {
        Instant now = now();
        return jdbi.inTransaction(handle -> {
            boolean alreadyActive = handle.createQuery("""
                            SELECT COUNT(*) FROM newsletter_subscription
                            WHERE client_id = :client AND channel = :channel AND unsubscribed_on IS NULL""")
                    .bind("client", consent.clientId()).bind("channel", consent.channel().name())
                    .mapTo(Long.class).one() > 0;
            if (alreadyActive) {
                throw new ClienteleException("newsletter.error.alreadySubscribed");
            }
            long id = handle.createUpdate("""
                            INSERT INTO newsletter_subscription (id, version, client_id, channel, consent_date,
                                consent_method, unsubscribed_on, created_at)
                            VALUES (DEFAULT, 0, :client, :channel, :consent_date, :method, :unsubscribed_on, :now)""")
                    .bind("client", consent.clientId())
                    .bind("channel", consent.channel().name())
                    .bind("consent_date", consent.consentDate())
                    .bind("method", consent.consentMethod().name())
                    .bind("unsubscribed_on", consent.unsubscribedOn())
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return consent.withId(id, 0, now);
        });
    }

    @Override
    public Subscription unsubscribe(Subscription ended) {
        int changed = jdbi.inTransaction(handle -> handle.createUpdate("""
                        UPDATE newsletter_subscription SET version = version + 1, unsubscribed_on = :on
                        WHERE id = :id AND version = :version""")
                .bind("on", ended.unsubscribedOn())
                .bind("id", ended.id())
                .bind("version", ended.version())
                .execute());
        if (changed == 0) {
            throw new StaleDataException(ended.id());
        }
        return ended.withId(ended.id(), ended.version() + 1, ended.createdAt());
    }

    @Override
    public List<ContactDetails> contacts(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        // The ids come from consent records: a subquery on the same table keeps the statement short.
        return jdbi.withHandle(handle -> ContactDetailsQuery.read(handle,
                "c.id IN (SELECT s.client_id FROM newsletter_subscription s)", Map.of()))
                .stream().filter(contact -> clientIds.contains(contact.id())).toList();
    }

    @Override
    public List<NewsletterEdition> editions() {
        return jdbi.withHandle(handle -> handle.createQuery(EDITIONS + " ORDER BY e.send_date DESC, e.id DESC")
                .map((row, context) -> readEdition(row))
                .list());
    }

    @Override
    public NewsletterEdition create(NewsletterEdition edition) {
        Instant now = now();
        long id = jdbi.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO newsletter_edition (id, version, subject, send_date, sent_at, created_at)
                        VALUES (DEFAULT, 0, :subject, :send_date, NULL, :now)""")
                .bind("subject", edition.subject())
                .bind("send_date", edition.sendDate())
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new NewsletterEdition(id, 0, edition.subject(), edition.sendDate(), null, 0);
    }

    @Override
    public NewsletterEdition update(NewsletterEdition edition) {
        int changed = jdbi.inTransaction(handle -> handle.createUpdate("""
                        UPDATE newsletter_edition SET version = version + 1, subject = :subject, send_date = :send_date
                        WHERE id = :id AND version = :version""")
                .bind("subject", edition.subject())
                .bind("send_date", edition.sendDate())
                .bind("id", edition.id())
                .bind("version", edition.version())
                .execute());
        if (changed == 0) {
            throw new StaleDataException(edition.id());
        }
        return new NewsletterEdition(edition.id(), edition.version() + 1, edition.subject(), edition.sendDate(),
                edition.sentAt(), edition.recipientCount());
    }

    @Override
    public void delete(long editionId) {
        jdbi.useTransaction(handle -> handle.createUpdate("DELETE FROM newsletter_edition WHERE id = :id")
                .bind("id", editionId).execute());
    }

    @Override
    public NewsletterEdition markSent(NewsletterEdition edition, List<Recipient> recipients, Instant at) {
        Instant sentAt = at.truncatedTo(ChronoUnit.MILLIS);
        return jdbi.inTransaction(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE newsletter_edition SET version = version + 1, sent_at = :sent_at
                            WHERE id = :id AND version = :version AND sent_at IS NULL""")
                    .bind("sent_at", sentAt).bind("id", edition.id()).bind("version", edition.version())
                    .execute();
            if (changed == 0) {
                throw new StaleDataException(edition.id());
            }
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO newsletter_recipient (edition_id, client_id, email) VALUES (:edition, :client, :email)""");
            recipients.forEach(recipient -> batch.bind("edition", edition.id()).bind("client", recipient.clientId())
                    .bind("email", recipient.email()).add());
            if (batch.size() > 0) {
                batch.execute();
            }
            return new NewsletterEdition(edition.id(), edition.version() + 1, edition.subject(), edition.sendDate(),
                    sentAt, recipients.size());
        });
    }

    @Override
    public List<Recipient> recipients(long editionId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT client_id, email FROM newsletter_recipient WHERE edition_id = :edition")
                .bind("edition", editionId)
                .map((row, context) -> new Recipient(row.getLong(1), row.getString(2)))
                .list());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Subscription readSubscription(ResultSet row) throws SQLException {
        return new Subscription(row.getLong("id"), row.getInt("version"), row.getLong("client_id"),
                NewsletterChannel.valueOf(row.getString("channel")), row.getObject("consent_date", LocalDate.class),
                ConsentMethod.valueOf(row.getString("consent_method")),
                row.getObject("unsubscribed_on", LocalDate.class), instant(row, "created_at"));
    }

    private static NewsletterEdition readEdition(ResultSet row) throws SQLException {
        return new NewsletterEdition(row.getLong("id"), row.getInt("version"), row.getString("subject"),
                row.getObject("send_date", LocalDate.class), instant(row, "sent_at"), row.getInt("recipients"));
    }
}
