package app.clientele.persistence;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientName;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomValues;
import app.clientele.domain.CustomerType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.NewsletterStatus;
import app.clientele.domain.RelationRole;
import app.clientele.domain.Relationship;
import app.clientele.domain.SearchText;
import app.clientele.domain.Segment;
import app.clientele.domain.StaleDataException;
import app.clientele.text.Phones;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Clients in the {@code client} table and its email, phone, tag and custom value tables. */
public final class JdbiClientRepository implements ClientRepository {
    static final String CLIENT_COLUMNS = """
            display_name, family_name, given_name, name_order, honorific, nickname, organisation, job_title,
            relationship, segment, internal, customer_type, street, unit, city, region, postcode, country, jibun,
            birth_month, birth_day, birth_year, birthday_lunar, birthday_leap_month, source, account_owner,
            notes, archived, kind""";
    static final String CLIENT_VALUES = """
            :display_name, :family_name, :given_name, :name_order, :honorific, :nickname, :organisation, :job_title,
            :relationship, :segment, :internal, :customer_type, :street, :unit, :city, :region, :postcode, :country, :jibun,
            :birth_month, :birth_day, :birth_year, :birthday_lunar, :birthday_leap_month, :source, :account_owner,
            :notes, :archived, :kind""";

    /** A type changed in the form is the user's own choice; saving it unchanged keeps whoever chose it. */
    private static final String TYPE_CHANGED_BY_USER = """
            customer_type_by_user = CASE WHEN customer_type = :customer_type THEN customer_type_by_user ELSE TRUE END""";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiClientRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Client create(Client client) {
        Instant now = now();
        return jdbi.inTransaction(handle -> {
            String user = ActingUser.of(handle);
            long id = bindClient(handle.createUpdate(
                            "INSERT INTO client (id, version, created_at, updated_at, created_by, updated_by, "
                                    + "customer_type_by_user, " + CLIENT_COLUMNS + ") "
                                    + "VALUES (DEFAULT, 0, :now, :now, :user, :user, :type_by_user, " + CLIENT_VALUES
                                    + ")"), client)
                    .bind("now", now)
                    .bind("user", user)
                    // A type other than the default was picked by the user, so suggestions leave it be.
                    .bind("type_by_user", client.customerType() != CustomerType.NEW)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            insertChildren(handle, id, client);
            return client.withId(id, 0, now, now).withAuthors(user, user);
        });
    }

    @Override
    public Client update(Client client) {
        Instant now = now();
        return jdbi.inTransaction(handle -> {
            update(handle, client, now);
            return client.withId(client.id(), client.version() + 1, client.createdAt(), now)
                    .withAuthors(createdBy(handle, "client", client.id()), ActingUser.of(handle));
        });
    }

    /** Writes an edit of a client and its child rows, guarded by its version. */
    static void update(Handle handle, Client client, Instant now) {
        int changed = bindClient(handle.createUpdate(
                        "UPDATE client SET version = version + 1, updated_at = :now, updated_by = :user, "
                                + TYPE_CHANGED_BY_USER + ", (" + CLIENT_COLUMNS + ") = (" + CLIENT_VALUES + ") "
                                + "WHERE id = :id AND version = :version"), client)
                .bind("now", now)
                .bind("user", ActingUser.of(handle))
                .bind("id", client.id())
                .bind("version", client.version())
                .execute();
        if (changed == 0) {
            throw new StaleDataException(client.id());
        }
        deleteChildren(handle, client.id());
        insertChildren(handle, client.id(), client);
    }

    /** Who made a row of a table with {@code id} and {@code created_by} columns (a name from our own code). */
    static String createdBy(Handle handle, String table, long id) {
        return handle.createQuery("SELECT created_by FROM " + table + " WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne().orElse(null);
    }

    @Override
    public Optional<Client> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM client WHERE id = :id")
                .bind("id", id)
                .map((resultSet, context) -> readClient(handle, resultSet))
                .findOne());
    }

    @Override
    public List<ClientSummary> summaries() {
        return jdbi.withHandle(handle -> readSummaries(handle, "", Map.of()));
    }

    @Override
    public List<ClientRef> names() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, display_name FROM client")
                .map((row, context) -> new ClientRef(row.getLong(1), row.getString(2)))
                .list());
    }

    @Override
    public List<ClientSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // One placeholder per id (the SQL is ours, every id is bound): H2 and PostgreSQL both take an IN list.
        Map<String, Object> binds = new HashMap<>();
        StringJoiner placeholders = new StringJoiner(", ", " WHERE client_id IN (", ")");
        for (Long id : ids) {
            String name = "id" + binds.size();
            binds.put(name, id);
            placeholders.add(":" + name);
        }
        return jdbi.withHandle(handle -> readSummaries(handle, placeholders.toString(), binds));
    }

    @Override
    public Optional<ClientSummary> summary(long id) {
        return jdbi.withHandle(handle -> readSummaries(handle, " WHERE client_id = :id", Map.of("id", id)))
                .stream().findFirst();
    }

    @Override
    public Client setArchived(long id, int expectedVersion, boolean archived) {
        return changeColumns(id, expectedVersion, "archived = :archived", Map.of("archived", archived));
    }

    @Override
    public Client setCustomerType(long id, int expectedVersion, CustomerType type, boolean chosenByUser) {
        return changeColumns(id, expectedVersion, "customer_type = :type, customer_type_by_user = :by_user",
                Map.of("type", type.name(), "by_user", chosenByUser));
    }

    /**
     * Changes a few columns of one client unless someone saved it since {@code expectedVersion},
     * recording when and by whom. {@code assignments} is fixed SQL; every value in it is bound.
     */
    private Client changeColumns(long id, int expectedVersion, String assignments, Map<String, Object> values) {
        int changed = jdbi.withHandle(handle -> handle.createUpdate("UPDATE client SET " + assignments
                        + ", version = version + 1, updated_at = :now, updated_by = :user"
                        + " WHERE id = :id AND version = :version")
                .bindMap(values)
                .bind("now", now())
                .bind("user", ActingUser.of(handle))
                .bind("id", id)
                .bind("version", expectedVersion)
                .execute());
        if (changed == 0) {
            throw new StaleDataException(id);
        }
        return find(id).orElseThrow(() -> new StaleDataException(id));
    }

    @Override
    public void delete(long id) {
        jdbi.useTransaction(handle -> deleteWithHistory(handle, id));
    }

    /**
     * Deletes a client and their history: interactions they alone took part in are deleted; shared
     * ones lose this participant (and every other owned row goes by ON DELETE CASCADE).
     */
    static void deleteWithHistory(Handle handle, long id) {
        handle.createUpdate("""
                        DELETE FROM interaction WHERE id IN (
                            SELECT p.interaction_id FROM interaction_participant p WHERE p.client_id = :id)
                          AND NOT EXISTS (SELECT 1 FROM interaction_participant o
                                          WHERE o.interaction_id = interaction.id AND o.client_id <> :id)""")
                .bind("id", id).execute();
        handle.createUpdate("DELETE FROM client WHERE id = :id").bind("id", id).execute();
    }

    @Override
    public List<String> tags() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT DISTINCT tag FROM client_tag ORDER BY tag")
                .mapTo(String.class).list());
    }

    @Override
    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM client").mapTo(Long.class).one());
    }

    /** Times are kept to the millisecond so what is read back equals what was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static <S extends SqlStatement<S>> S bindClient(S statement, Client client) {
        ClientName name = client.name();
        PostalAddress address = client.address();
        Birthday birthday = client.birthday();
        return statement
                .bind("display_name", name.displayName())
                .bind("family_name", name.familyName())
                .bind("given_name", name.givenName())
                .bind("name_order", name.order().name())
                .bind("honorific", name.honorific())
                .bind("nickname", name.nickname())
                .bind("organisation", client.organisation())
                .bind("job_title", client.jobTitle())
                .bind("relationship", client.relationship().name())
                .bind("segment", client.segment().name())
                .bind("internal", client.internal())
                .bind("customer_type", client.customerType().name())
                .bind("street", address.street())
                .bind("unit", address.unit())
                .bind("city", address.city())
                .bind("region", address.region())
                .bind("postcode", address.postcode())
                .bind("country", address.country())
                .bind("jibun", address.jibun())
                .bind("birth_month", birthday == null ? null : birthday.month())
                .bind("birth_day", birthday == null ? null : birthday.day())
                .bind("birth_year", birthday == null ? null : birthday.year())
                .bind("birthday_lunar", birthday != null && birthday.lunar())
                .bind("birthday_leap_month", birthday != null && birthday.leapMonth())
                .bind("source", client.source())
                .bind("account_owner", client.accountOwner())
                .bind("notes", client.notes())
                .bind("archived", client.archived())
                .bind("kind", client.kind().name());
    }

    static void insertChildren(Handle handle, long clientId, Client client) {
        new ClientChildRows(handle).add(clientId, client).execute();
    }

    static void deleteChildren(Handle handle, long clientId) {
        for (String table : List.of("client_email", "client_phone", "client_tag", "custom_value")) {
            handle.createUpdate("DELETE FROM " + table + " WHERE client_id = :id").bind("id", clientId).execute();
        }
    }

    private static Client readClient(Handle handle, ResultSet row) throws SQLException {
        long id = row.getLong("id");
        List<EmailAddress> emails = handle.createQuery(
                        "SELECT label, address, is_primary FROM client_email WHERE client_id = :id ORDER BY sort_order")
                .bind("id", id)
                .map((r, c) -> new EmailAddress(r.getString("label"), r.getString("address"), r.getBoolean("is_primary")))
                .list();
        List<PhoneNumber> phones = handle.createQuery(
                        "SELECT label, phone_number FROM client_phone WHERE client_id = :id ORDER BY sort_order")
                .bind("id", id)
                .map((r, c) -> new PhoneNumber(r.getString("label"), r.getString("phone_number")))
                .list();
        List<String> tags = handle.createQuery("SELECT tag FROM client_tag WHERE client_id = :id ORDER BY tag")
                .bind("id", id).mapTo(String.class).list();
        return readClient(row, emails, phones, tags,
                CustomValueRows.of(handle, List.of(id)).getOrDefault(id, CustomValues.NONE));
    }

    /** A client from its {@code client} row and its child rows, read by the caller. */
    static Client readClient(ResultSet row, List<EmailAddress> emails, List<PhoneNumber> phones, List<String> tags,
                             CustomValues customValues) throws SQLException {
        return new ClientColumns(row).client(row, emails, phones, tags, customValues);
    }

    /** A client's name from the name columns of a {@code client} row. */
    static ClientName readName(ResultSet row) throws SQLException {
        return new ClientName(row.getString("display_name"), row.getString("family_name"),
                row.getString("given_name"), NameOrder.valueOf(row.getString("name_order")),
                row.getString("honorific"), row.getString("nickname"));
    }

    /** A client's postal address from the address columns of a {@code client} row. */
    static PostalAddress readAddress(ResultSet row) throws SQLException {
        return new PostalAddress(row.getString("street"), row.getString("unit"), row.getString("city"),
                row.getString("region"), row.getString("postcode"), row.getString("country"), row.getString("jibun"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }

    /**
     * Summaries are read table by table and joined here: plain scans stay fast at 100,000 clients and
     * need no database-specific string aggregation. The history figures (last contact, last score,
     * engagements) are kept on the client row by {@link ClientActivity}; the referrals are one
     * aggregate over the referral links.
     */
    private static List<ClientSummary> readSummaries(Handle handle, String childFilter, Map<String, Object> binds) {
        Map<Long, List<String>> emails = new HashMap<>();
        Map<Long, String> primaryEmails = new HashMap<>();
        handle.createQuery("SELECT client_id, address, is_primary FROM client_email" + childFilter + " ORDER BY sort_order")
                .bindMap(binds)
                .map((row, context) -> new EmailRow(row.getLong("client_id"), row.getString("address"),
                        row.getBoolean("is_primary")))
                .forEach(email -> {
                    emails.computeIfAbsent(email.clientId(), k -> new ArrayList<>(2)).add(email.address());
                    if (email.primary()) {
                        primaryEmails.put(email.clientId(), email.address());
                    }
                });
        Map<Long, List<String>> phones = groupedValues(handle, "client_phone", "phone_number", "sort_order", childFilter, binds);
        Map<Long, List<String>> tags = groupedValues(handle, "client_tag", "tag", "tag", childFilter, binds);
        Map<Long, Integer> cadences = new HashMap<>();
        handle.createQuery("SELECT client_id, every_days FROM client_cadence" + childFilter)
                .bindMap(binds)
                .map((row, context) -> Map.entry(row.getLong(1), row.getInt(2)))
                .forEach(cadence -> cadences.put(cadence.getKey(), cadence.getValue()));
        Map<Long, Integer> referrals = new HashMap<>();
        handle.createQuery("SELECT client_id, COUNT(*) FROM (SELECT client_id FROM client_relation WHERE role = :role) r"
                        + childFilter + " GROUP BY client_id")
                .bindMap(binds)
                .bind("role", RelationRole.REFERRED.name())
                .map((row, context) -> Map.entry(row.getLong(1), row.getInt(2)))
                .forEach(count -> referrals.put(count.getKey(), count.getValue()));
        Map<Long, NewsletterStatus> newsletter = new HashMap<>();
        handle.createQuery("""
                        SELECT client_id, COUNT(*) AS consents,
                               SUM(CASE WHEN unsubscribed_on IS NULL THEN 1 ELSE 0 END) AS active
                        FROM newsletter_subscription""" + childFilter + " GROUP BY client_id")
                .bindMap(binds)
                .map((row, context) -> Map.entry(row.getLong("client_id"),
                        NewsletterStatus.of(row.getInt("consents"), row.getInt("active"))))
                .forEach(status -> newsletter.put(status.getKey(), status.getValue()));
        Map<Long, CustomValues> customValues = CustomValueRows.read(handle, childFilter, binds);
        String clientFilter = childFilter.replace("client_id", "id");
        return handle.createQuery("""
                        SELECT id, display_name, family_name, given_name, nickname, organisation, relationship,
                               customer_type, archived, segment, region, birth_year, source, account_owner,
                               created_at, last_contact_at, last_satisfaction, engagements, kind
                        FROM client""" + clientFilter)
                .bindMap(binds)
                .map((row, context) -> {
                    long id = row.getLong("id");
                    List<String> clientPhones = phones.getOrDefault(id, List.of());
                    List<String> clientTags = tags.getOrDefault(id, List.of());
                    String organisation = row.getString("organisation");
                    CustomValues custom = customValues.getOrDefault(id, CustomValues.NONE);
                    List<String> texts = Stream.concat(Stream.of(row.getString("display_name"),
                                    row.getString("family_name"), row.getString("given_name"), row.getString("nickname"),
                                    organisation).filter(text -> text != null), custom.searchableTexts().stream())
                            .toList();
                    ClientSummary.Profile profile = new ClientSummary.Profile(
                            Segment.valueOf(row.getString("segment")), row.getString("region"),
                            row.getObject("birth_year", Integer.class), row.getString("source"),
                            row.getString("account_owner"), instant(row, "created_at"));
                    ClientSummary.Activity activity = new ClientSummary.Activity(
                            JdbiInteractionRepository.instant(row, "last_contact_at"),
                            row.getObject("last_satisfaction", Integer.class), row.getInt("engagements"),
                            cadences.get(id), newsletter.get(id));
                    return new ClientSummary(id, row.getString("display_name"), organisation, primaryEmails.get(id),
                            clientPhones, clientTags, Relationship.valueOf(row.getString("relationship")),
                            CustomerType.valueOf(row.getString("customer_type")), row.getBoolean("archived"),
                            SearchText.keyFor(texts, emails.getOrDefault(id, List.of()), clientPhones, clientTags),
                            profile, activity, ClientKind.valueOf(row.getString("kind")),
                            referrals.getOrDefault(id, 0), custom);
                })
                .list();
    }

    private record EmailRow(long clientId, String address, boolean primary) {
    }

    private static Map<Long, List<String>> groupedValues(Handle handle, String table, String column, String order,
                                                         String filter, Map<String, Object> binds) {
        Map<Long, List<String>> values = new HashMap<>();
        handle.createQuery("SELECT client_id, " + column + " FROM " + table + filter + " ORDER BY " + order)
                .bindMap(binds)
                .map((row, context) -> Map.entry(row.getLong(1), row.getString(2)))
                .forEach(value -> values.computeIfAbsent(value.getKey(), k -> new ArrayList<>(2)).add(value.getValue()));
        return values;
    }
}
