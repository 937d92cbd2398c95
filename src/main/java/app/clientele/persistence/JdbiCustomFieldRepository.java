package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientRef;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldRepository;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.DateReminder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The firm's own fields in {@code custom_field}; their values are written with the client ({@link ClientChildRows}). */
public final class JdbiCustomFieldRepository implements CustomFieldRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiCustomFieldRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public List<CustomField> fields() {
        return jdbi.withHandle(JdbiCustomFieldRepository::readFields);
    }

    static List<CustomField> readFields(Handle handle) {
        return handle.createQuery("""
                        SELECT id, version, name, field_type, choices, remind_days, sort_order
                        FROM custom_field ORDER BY sort_order, id""")
                .map((row, context) -> new CustomField(row.getLong("id"), row.getInt("version"), row.getString("name"),
                        CustomFieldType.valueOf(row.getString("field_type")), choices(row.getString("choices")),
                        row.getObject("remind_days", Integer.class), row.getInt("sort_order")))
                .list();
    }

    @Override
    public CustomField create(CustomField field) {
        Instant now = now();
        return jdbi.inTransaction(handle -> {
            refuseTakenName(handle, field);
            int position = handle.createQuery("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM custom_field")
                    .mapTo(Integer.class).one();
            long id = handle.createUpdate("""
                            INSERT INTO custom_field (version, name, field_type, choices, remind_days, sort_order,
                                                      created_at, updated_at)
                            VALUES (0, :name, :type, :choices, :remind_days, :position, :now, :now)""")
                    .bind("name", field.name())
                    .bind("type", field.type().name())
                    .bind("choices", choicesText(field))
                    .bind("remind_days", field.remindDaysBefore())
                    .bind("position", position)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return field.withId(id, 0, position);
        });
    }

    @Override
    public CustomField update(CustomField field) {
        return jdbi.inTransaction(handle -> {
            refuseTakenName(handle, field);
            int changed = handle.createUpdate("""
                            UPDATE custom_field SET version = version + 1, name = :name, choices = :choices,
                                   remind_days = :remind_days, updated_at = :now
                            WHERE id = :id AND version = :version AND field_type = :type""")
                    .bind("name", field.name())
                    .bind("choices", choicesText(field))
                    .bind("remind_days", field.remindDaysBefore())
                    .bind("now", now())
                    .bind("id", field.id())
                    .bind("version", field.version())
                    .bind("type", field.type().name())
                    .execute();
            if (changed == 0) {
                throw new ClienteleException("fields.error.stale", field.name());
            }
            return field.withId(field.id(), field.version() + 1, field.position());
        });
    }

    @Override
    public void reorder(List<Long> fieldIds) {
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("UPDATE custom_field SET sort_order = :position WHERE id = :id");
            for (int i = 0; i < fieldIds.size(); i++) {
                batch.bind("position", i + 1).bind("id", fieldIds.get(i)).add();
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    @Override
    public List<FieldValue> values(long fieldId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.id, c.display_name, v.field_value FROM custom_value v JOIN client c ON c.id = v.client_id
                        WHERE v.field_id = :field ORDER BY c.display_name, c.id""")
                .bind("field", fieldId)
                .map((row, context) -> new FieldValue(new ClientRef(row.getLong(1), row.getString(2)), row.getString(3)))
                .list());
    }

    @Override
    public void delete(CustomField field) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM custom_value WHERE field_id = :id").bind("id", field.id()).execute();
            int deleted = handle.createUpdate("DELETE FROM custom_field WHERE id = :id AND version = :version")
                    .bind("id", field.id()).bind("version", field.version()).execute();
            if (deleted == 0) {
                throw new ClienteleException("fields.error.stale", field.name());
            }
        });
    }

    /**
     * The SQL narrows the dates to the longest reminder period; each field's own period is applied
     * here, because day arithmetic is not portable between H2 and PostgreSQL.
     */
    @Override
    public List<DateReminder> dueDates(LocalDate today) {
        return jdbi.withHandle(handle -> {
            Map<Long, CustomField> reminded = readFields(handle).stream().filter(field -> field.remindDaysBefore() != null)
                    .collect(Collectors.toMap(CustomField::id, Function.identity()));
            if (reminded.isEmpty()) {
                return List.of();
            }
            int longest = reminded.values().stream().mapToInt(CustomField::remindDaysBefore).max().orElseThrow();
            return handle.createQuery("""
                            SELECT c.id, c.display_name, v.field_id, v.date_value
                            FROM custom_value v JOIN client c ON c.id = v.client_id
                            WHERE v.date_value BETWEEN :today AND :last AND c.archived = FALSE
                              AND v.field_id IN (<fields>)""")
                    .bind("today", today)
                    .bind("last", today.plusDays(longest))
                    .bindList("fields", List.copyOf(reminded.keySet()))
                    .map((row, context) -> {
                        CustomField field = reminded.get(row.getLong("field_id"));
                        return new DateReminder(new ClientRef(row.getLong("id"), row.getString("display_name")),
                                field.id(), field.name(), row.getObject("date_value", LocalDate.class),
                                field.remindDaysBefore());
                    })
                    .list().stream()
                    .filter(reminder -> reminder.isDue(today))
                    .sorted(Comparator.comparing(DateReminder::date).thenComparing(DateReminder::fieldName)
                            .thenComparing(reminder -> reminder.client().displayName()))
                    .toList();
        });
    }

    /** Names are unique whatever their case or spacing, so each field is one column in a file. */
    private static void refuseTakenName(Handle handle, CustomField field) {
        boolean taken = readFields(handle).stream()
                .anyMatch(other -> !other.id().equals(field.id()) && CustomField.sameName(other.name(), field.name()));
        if (taken) {
            throw new ClienteleException("fields.error.nameTaken", field.name());
        }
    }

    private static String choicesText(CustomField field) {
        return field.choices().isEmpty() ? null : String.join("\n", field.choices());
    }

    private static List<String> choices(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
