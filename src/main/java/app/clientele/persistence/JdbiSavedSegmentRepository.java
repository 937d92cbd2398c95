package app.clientele.persistence;

import app.clientele.domain.AgeBand;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ContactRecency;
import app.clientele.domain.CustomerType;
import app.clientele.domain.DateRange;
import app.clientele.domain.KeepInTouchState;
import app.clientele.domain.Relationship;
import app.clientele.domain.NewsletterStatus;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.SavedSegment;
import app.clientele.domain.SavedSegmentRepository;
import app.clientele.domain.ScoreRange;
import app.clientele.domain.Segment;
import app.clientele.domain.StaleDataException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Saved segments in {@code saved_segment}: each criterion of the filter in a column of its own. */
public final class JdbiSavedSegmentRepository implements SavedSegmentRepository {
    private static final String COLUMNS = """
            name, search_text, tag, relationship, client_segment, customer_type, region, age_band, source,
            account_owner, last_contact, satisfaction_min, satisfaction_max, added_from, added_to, keep_in_touch,
            repeat_business, newsletter_status, include_archived""";
    private static final String VALUES = """
            :name, :search_text, :tag, :relationship, :client_segment, :customer_type, :region, :age_band, :source,
            :account_owner, :last_contact, :satisfaction_min, :satisfaction_max, :added_from, :added_to, :keep_in_touch,
            :repeat_business, :newsletter_status, :include_archived""";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiSavedSegmentRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public List<SavedSegment> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM saved_segment ORDER BY LOWER(name), id")
                .map((row, context) -> read(row)).list());
    }

    @Override
    public Optional<SavedSegment> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM saved_segment WHERE id = :id")
                .bind("id", id).map((row, context) -> read(row)).findOne());
    }

    @Override
    public SavedSegment create(SavedSegment segment) {
        Instant now = now();
        return jdbi.inTransaction(handle -> {
            refuseTakenName(handle, segment.name(), -1);
            long id = bind(handle.createUpdate("INSERT INTO saved_segment (id, version, created_at, updated_at, "
                            + COLUMNS + ") VALUES (DEFAULT, 0, :now, :now, " + VALUES + ")"), segment)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new SavedSegment(id, 0, segment.name(), segment.filter());
        });
    }

    @Override
    public SavedSegment update(SavedSegment segment) {
        return jdbi.inTransaction(handle -> {
            refuseTakenName(handle, segment.name(), segment.id());
            int changed = bind(handle.createUpdate("UPDATE saved_segment SET version = version + 1, "
                            + "updated_at = :now, (" + COLUMNS + ") = (" + VALUES + ") "
                            + "WHERE id = :id AND version = :version"), segment)
                    .bind("now", now())
                    .bind("id", segment.id())
                    .bind("version", segment.version())
                    .execute();
            if (changed == 0) {
                throw new StaleDataException(segment.id());
            }
            return new SavedSegment(segment.id(), segment.version() + 1, segment.name(), segment.filter());
        });
    }

    @Override
    public void delete(long id) {
        jdbi.useTransaction(handle -> handle.createUpdate("DELETE FROM saved_segment WHERE id = :id")
                .bind("id", id).execute());
    }

    /** Names are unique whatever their case: "VIP" and "vip" in the sidebar would only confuse. */
    private static void refuseTakenName(Handle handle, String name, long exceptId) {
        boolean taken = handle.createQuery(
                        "SELECT COUNT(*) FROM saved_segment WHERE LOWER(name) = LOWER(:name) AND id <> :id")
                .bind("name", name).bind("id", exceptId).mapTo(Integer.class).one() > 0;
        if (taken) {
            throw new ClienteleException("segments.error.nameTaken", name);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static <S extends SqlStatement<S>> S bind(S statement, SavedSegment segment) {
        ClientFilter filter = segment.filter();
        ScoreRange satisfaction = filter.satisfaction();
        DateRange added = filter.added();
        return statement
                .bind("name", segment.name())
                .bind("search_text", filter.text().isEmpty() ? null : filter.text())
                .bind("tag", filter.tag())
                .bind("relationship", name(filter.relationship()))
                .bind("client_segment", name(filter.segment()))
                .bind("customer_type", name(filter.customerType()))
                .bind("region", filter.region())
                .bind("age_band", name(filter.ageBand()))
                .bind("source", filter.source())
                .bind("account_owner", filter.accountOwner())
                .bind("last_contact", name(filter.lastContact()))
                .bind("satisfaction_min", satisfaction == null ? null : satisfaction.min())
                .bind("satisfaction_max", satisfaction == null ? null : satisfaction.max())
                .bindByType("added_from", added == null ? null : added.from(), LocalDate.class)
                .bindByType("added_to", added == null ? null : added.to(), LocalDate.class)
                .bind("keep_in_touch", name(filter.keepInTouch()))
                .bind("repeat_business", name(filter.repeat()))
                .bind("newsletter_status", name(filter.newsletter()))
                .bind("include_archived", filter.includeArchived());
    }

    private static SavedSegment read(ResultSet row) throws SQLException {
        Integer satisfactionMin = row.getObject("satisfaction_min", Integer.class);
        LocalDate addedFrom = row.getObject("added_from", LocalDate.class);
        LocalDate addedTo = row.getObject("added_to", LocalDate.class);
        ClientFilter filter = ClientFilter.builder()
                .text(row.getString("search_text"))
                .tag(row.getString("tag"))
                .relationship(value(row, "relationship", Relationship::valueOf))
                .segment(value(row, "client_segment", Segment::valueOf))
                .customerType(value(row, "customer_type", CustomerType::valueOf))
                .region(row.getString("region"))
                .ageBand(value(row, "age_band", AgeBand::valueOf))
                .source(row.getString("source"))
                .accountOwner(row.getString("account_owner"))
                .lastContact(value(row, "last_contact", ContactRecency::valueOf))
                .satisfaction(satisfactionMin == null ? null
                        : new ScoreRange(satisfactionMin, row.getInt("satisfaction_max")))
                .added(addedFrom == null && addedTo == null ? null : new DateRange(addedFrom, addedTo))
                .keepInTouch(value(row, "keep_in_touch", KeepInTouchState::valueOf))
                .repeat(value(row, "repeat_business", RepeatBusiness::valueOf))
                .newsletter(value(row, "newsletter_status", NewsletterStatus::valueOf))
                .includeArchived(row.getBoolean("include_archived"))
                .build();
        return new SavedSegment(row.getLong("id"), row.getInt("version"), row.getString("name"), filter);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E> E value(ResultSet row, String column, Function<String, E> parse) throws SQLException {
        String stored = row.getString(column);
        return stored == null ? null : parse.apply(stored);
    }
}
