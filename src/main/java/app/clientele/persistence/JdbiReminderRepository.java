package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.CardSent;
import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.Direction;
import app.clientele.domain.GreetingTemplate;
import app.clientele.domain.Interaction;
import app.clientele.domain.LeadTime;
import app.clientele.domain.MissingDayRule;
import app.clientele.domain.ReminderRepository;
import app.clientele.domain.ReminderSettings;
import app.clientele.domain.Segment;
import app.clientele.domain.StaleDataException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reminder settings ({@code reminder_settings}, one row), lead times ({@code client_birthday_reminder})
 * and cards sent ({@code birthday_card}, each logged as an interaction in the same transaction).
 */
public final class JdbiReminderRepository implements ReminderRepository {
    private static final String WITH_BIRTHDAY = "c.archived = FALSE AND c.birth_month IS NOT NULL";
    private static final long SETTINGS_ROW = 1;

    private final Jdbi jdbi;

    public JdbiReminderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ReminderSettings settings() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM reminder_settings WHERE id = :id")
                .bind("id", SETTINGS_ROW)
                .map((row, context) -> new ReminderSettings(row.getInt("version"),
                        new LeadTime(row.getInt("days_before"), row.getBoolean("on_the_day")),
                        MissingDayRule.valueOf(row.getString("missing_day_rule")),
                        template(row, "greeting_subject_en", "greeting_body_en"),
                        template(row, "greeting_subject_ko", "greeting_body_ko")))
                .one());
    }

    @Override
    public ReminderSettings saveSettings(ReminderSettings settings) {
        GreetingTemplate english = settings.englishGreeting();
        GreetingTemplate korean = settings.koreanGreeting();
        int changed = jdbi.inTransaction(handle -> handle.createUpdate("""
                        UPDATE reminder_settings SET version = version + 1, days_before = :days_before,
                            on_the_day = :on_the_day, missing_day_rule = :rule,
                            greeting_subject_en = :subject_en, greeting_body_en = :body_en,
                            greeting_subject_ko = :subject_ko, greeting_body_ko = :body_ko
                        WHERE id = :id AND version = :version""")
                .bind("days_before", settings.defaultLeadTime().daysBefore())
                .bind("on_the_day", settings.defaultLeadTime().onTheDay())
                .bind("rule", settings.missingDayRule().name())
                .bind("subject_en", english == null ? null : english.subject())
                .bind("body_en", english == null ? null : english.body())
                .bind("subject_ko", korean == null ? null : korean.subject())
                .bind("body_ko", korean == null ? null : korean.body())
                .bind("id", SETTINGS_ROW)
                .bind("version", settings.version())
                .execute());
        if (changed == 0) {
            throw new StaleDataException(SETTINGS_ROW);
        }
        return settings.withVersion(settings.version() + 1);
    }

    @Override
    public List<ContactDetails> withBirthdays() {
        return jdbi.withHandle(handle -> ContactDetailsQuery.read(handle, WITH_BIRTHDAY, Map.of()));
    }

    @Override
    public List<ContactDetails> birthdaysToCount() {
        return jdbi.withHandle(handle -> ContactDetailsQuery.readWithoutChildValues(handle, WITH_BIRTHDAY, Map.of()));
    }

    @Override
    public List<ContactDetails> withAddresses(Segment segment, String tag) {
        List<String> conditions = new ArrayList<>(List.of("c.archived = FALSE",
                "(c.street IS NOT NULL OR c.city IS NOT NULL OR c.postcode IS NOT NULL)"));
        Map<String, Object> binds = new HashMap<>();
        if (segment != null) {
            conditions.add("c.segment = :segment");
            binds.put("segment", segment.name());
        }
        if (tag != null) {
            conditions.add("EXISTS (SELECT 1 FROM client_tag t WHERE t.client_id = c.id AND LOWER(t.tag) = :tag)");
            binds.put("tag", tag.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return jdbi.withHandle(handle -> ContactDetailsQuery.read(handle, String.join(" AND ", conditions), binds));
    }

    @Override
    public Map<Long, LeadTime> leadTimes() {
        Map<Long, LeadTime> leadTimes = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT client_id, days_before, on_the_day FROM client_birthday_reminder")
                .map((row, context) -> Map.entry(row.getLong(1), new LeadTime(row.getInt(2), row.getBoolean(3))))
                .forEach(entry -> leadTimes.put(entry.getKey(), entry.getValue())));
        return leadTimes;
    }

    @Override
    public Optional<LeadTime> leadTime(long clientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT days_before, on_the_day FROM client_birthday_reminder WHERE client_id = :client")
                .bind("client", clientId)
                .map((row, context) -> new LeadTime(row.getInt(1), row.getBoolean(2)))
                .findOne());
    }

    @Override
    public void setLeadTime(long clientId, LeadTime leadTime) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM client_birthday_reminder WHERE client_id = :client")
                    .bind("client", clientId).execute();
            if (leadTime != null) {
                handle.createUpdate("""
                                INSERT INTO client_birthday_reminder (client_id, days_before, on_the_day)
                                VALUES (:client, :days, :on_the_day)""")
                        .bind("client", clientId).bind("days", leadTime.daysBefore())
                        .bind("on_the_day", leadTime.onTheDay()).execute();
            }
        });
    }

    @Override
    public List<CardSent> cardsSent(Collection<Integer> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM birthday_card WHERE birthday_year IN (<years>)")
                .bindList("years", List.copyOf(years))
                .map((row, context) -> readCard(row))
                .list());
    }

    @Override
    public List<CardSent> cardsSentTo(long clientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM birthday_card WHERE client_id = :client ORDER BY birthday_year DESC")
                .bind("client", clientId)
                .map((row, context) -> readCard(row))
                .list());
    }

    @Override
    public CardSent markCardSent(ClientRef client, int year, Instant at, String subject) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS);
        return jdbi.inTransaction(handle -> {
            Optional<CardSent> already = findCard(handle, client.id(), year);
            if (already.isPresent()) {
                return already.get();
            }
            Interaction logged = JdbiInteractionRepository.insert(handle,
                    Interaction.with(client, now, Channel.LETTER, Direction.OUTBOUND, subject), now);
            handle.createUpdate("""
                            INSERT INTO birthday_card (client_id, birthday_year, sent_at, interaction_id)
                            VALUES (:client, :year, :sent_at, :interaction)""")
                    .bind("client", client.id()).bind("year", year).bind("sent_at", now)
                    .bind("interaction", logged.id()).execute();
            return new CardSent(client.id(), year, now, logged.id());
        });
    }

    @Override
    public void unmarkCardSent(long clientId, int year) {
        jdbi.useTransaction(handle -> findCard(handle, clientId, year).ifPresent(card -> {
            handle.createUpdate("DELETE FROM birthday_card WHERE client_id = :client AND birthday_year = :year")
                    .bind("client", clientId).bind("year", year).execute();
            if (card.interactionId() != null) {
                handle.createUpdate("DELETE FROM interaction WHERE id = :id").bind("id", card.interactionId()).execute();
            }
        }));
    }

    private static Optional<CardSent> findCard(Handle handle, long clientId, int year) {
        return handle.createQuery("SELECT * FROM birthday_card WHERE client_id = :client AND birthday_year = :year")
                .bind("client", clientId).bind("year", year)
                .map((row, context) -> readCard(row))
                .findOne();
    }

    private static CardSent readCard(ResultSet row) throws SQLException {
        return new CardSent(row.getLong("client_id"), row.getInt("birthday_year"), instant(row, "sent_at"),
                row.getObject("interaction_id", Long.class));
    }

    private static GreetingTemplate template(ResultSet row, String subjectColumn, String bodyColumn)
            throws SQLException {
        String subject = row.getString(subjectColumn);
        String body = row.getString(bodyColumn);
        return subject == null || body == null ? null : new GreetingTemplate(subject, body);
    }
}
