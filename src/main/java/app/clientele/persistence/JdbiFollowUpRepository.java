package app.clientele.persistence;

import static app.clientele.persistence.JdbiInteractionRepository.instant;

import app.clientele.domain.ClientRef;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpRepository;
import app.clientele.domain.FollowUpStatus;
import app.clientele.domain.Priority;
import app.clientele.domain.StaleDataException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Follow-ups in the {@code follow_up} table. Due days are SQL dates, due times SQL times. */
public final class JdbiFollowUpRepository implements FollowUpRepository {
    private static final String SELECT = """
            SELECT f.*, c.display_name FROM follow_up f JOIN client c ON c.id = f.client_id
            """;

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiFollowUpRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public FollowUp create(FollowUp followUp) {
        Instant now = now();
        String user = jdbi.getConfig(ActingUser.class).name();
        long id = jdbi.inTransaction(handle -> bindFields(handle.createUpdate("""
                        INSERT INTO follow_up (id, version, client_id, interaction_id, title, notes, due_date, due_time,
                            priority, status, completed_at, created_at, updated_at, created_by, updated_by)
                        VALUES (DEFAULT, 0, :client_id, :interaction_id, :title, :notes, :due_date, :due_time,
                            :priority, :status, :completed_at, :now, :now, :user, :user)"""), followUp)
                .bind("now", now)
                .bind("user", user)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return followUp.withId(id, 0, now, now).withAuthors(user, user);
    }

    @Override
    public FollowUp update(FollowUp followUp) {
        Instant now = now();
        return jdbi.inTransaction(handle -> {
            String user = ActingUser.of(handle);
            int changed = bindFields(handle.createUpdate("""
                            UPDATE follow_up SET version = version + 1, updated_at = :now, updated_by = :user,
                                client_id = :client_id, interaction_id = :interaction_id, title = :title,
                                notes = :notes, due_date = :due_date, due_time = :due_time, priority = :priority,
                                status = :status, completed_at = :completed_at
                            WHERE id = :id AND version = :version"""), followUp)
                    .bind("now", now)
                    .bind("user", user)
                    .bind("id", followUp.id())
                    .bind("version", followUp.version())
                    .execute();
            if (changed == 0) {
                throw new StaleDataException(followUp.id());
            }
            return followUp.withId(followUp.id(), followUp.version() + 1, followUp.createdAt(), now)
                    .withAuthors(JdbiClientRepository.createdBy(handle, "follow_up", followUp.id()), user);
        });
    }

    @Override
    public Optional<FollowUp> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE f.id = :id")
                .bind("id", id)
                .map((row, context) -> read(row))
                .findOne());
    }

    @Override
    public void delete(long id) {
        jdbi.useTransaction(handle -> handle.createUpdate("DELETE FROM follow_up WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public List<FollowUp> openDueBy(LocalDate lastDay) {
        List<FollowUp> due = jdbi.withHandle(handle -> handle.createQuery(SELECT + """
                         WHERE f.status = :open AND f.due_date <= :last_day AND c.archived = FALSE""")
                .bind("open", FollowUpStatus.OPEN.name())
                .bind("last_day", lastDay)
                .map((row, context) -> read(row))
                .list());
        return due.stream().sorted(FollowUp.AGENDA_ORDER).toList();
    }

    @Override
    public List<FollowUp> forClient(long clientId, int closedLimit) {
        return jdbi.withHandle(handle -> {
            List<FollowUp> all = new ArrayList<>(handle.createQuery(SELECT + """
                             WHERE f.client_id = :client AND f.status = :open""")
                    .bind("client", clientId)
                    .bind("open", FollowUpStatus.OPEN.name())
                    .map((row, context) -> read(row))
                    .list());
            all.sort(FollowUp.AGENDA_ORDER);
            all.addAll(handle.createQuery(SELECT + """
                             WHERE f.client_id = :client AND f.status <> :open
                            ORDER BY f.completed_at DESC, f.id DESC
                            OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""")
                    .bind("client", clientId)
                    .bind("open", FollowUpStatus.OPEN.name())
                    .bind("limit", closedLimit)
                    .map((row, context) -> read(row))
                    .list());
            return all;
        });
    }

    /** Times are kept to the millisecond so what is read back equals what was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static <S extends SqlStatement<S>> S bindFields(S statement, FollowUp followUp) {
        return statement
                .bind("client_id", followUp.client().id())
                .bind("interaction_id", followUp.interactionId())
                .bind("title", followUp.title())
                .bind("notes", followUp.notes())
                .bind("due_date", followUp.dueDate())
                .bind("due_time", followUp.dueTime())
                .bind("priority", followUp.priority().name())
                .bind("status", followUp.status().name())
                .bind("completed_at", followUp.completedAt());
    }

    private static FollowUp read(ResultSet row) throws SQLException {
        return new FollowUp(row.getLong("id"), row.getInt("version"),
                new ClientRef(row.getLong("client_id"), row.getString("display_name")),
                row.getObject("interaction_id", Long.class), row.getString("title"), row.getString("notes"),
                row.getObject("due_date", LocalDate.class), row.getObject("due_time", LocalTime.class),
                Priority.valueOf(row.getString("priority")), FollowUpStatus.valueOf(row.getString("status")),
                instant(row, "completed_at"), instant(row, "created_at"), instant(row, "updated_at"),
                row.getString("created_by"), row.getString("updated_by"));
    }
}
