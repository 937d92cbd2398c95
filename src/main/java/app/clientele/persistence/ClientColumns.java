package app.clientele.persistence;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomValues;
import app.clientele.domain.CustomerType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Where each column of a {@code client} row is in one query's result, found by name once: a
 * result set finds a name anew on every call (H2 upper-cases and hashes it each time), which cost
 * a large export about a tenth of its time when done for 35 columns of every row.
 */
final class ClientColumns {
    private final int id;
    private final int version;
    private final int displayName;
    private final int familyName;
    private final int givenName;
    private final int nameOrder;
    private final int honorific;
    private final int nickname;
    private final int organisation;
    private final int jobTitle;
    private final int relationship;
    private final int segment;
    private final int internal;
    private final int customerType;
    private final int street;
    private final int unit;
    private final int city;
    private final int region;
    private final int postcode;
    private final int country;
    private final int jibun;
    private final int birthMonth;
    private final int birthDay;
    private final int birthYear;
    private final int birthdayLunar;
    private final int birthdayLeapMonth;
    private final int source;
    private final int accountOwner;
    private final int notes;
    private final int createdAt;
    private final int updatedAt;
    private final int archived;
    private final int kind;
    private final int createdBy;
    private final int updatedBy;
    private final int lastContactAt;

    ClientColumns(ResultSet rows) throws SQLException {
        id = rows.findColumn("id");
        version = rows.findColumn("version");
        displayName = rows.findColumn("display_name");
        familyName = rows.findColumn("family_name");
        givenName = rows.findColumn("given_name");
        nameOrder = rows.findColumn("name_order");
        honorific = rows.findColumn("honorific");
        nickname = rows.findColumn("nickname");
        organisation = rows.findColumn("organisation");
        jobTitle = rows.findColumn("job_title");
        relationship = rows.findColumn("relationship");
        segment = rows.findColumn("segment");
        internal = rows.findColumn("internal");
        customerType = rows.findColumn("customer_type");
        street = rows.findColumn("street");
        unit = rows.findColumn("unit");
        city = rows.findColumn("city");
        region = rows.findColumn("region");
        postcode = rows.findColumn("postcode");
        country = rows.findColumn("country");
        jibun = rows.findColumn("jibun");
        birthMonth = rows.findColumn("birth_month");
        birthDay = rows.findColumn("birth_day");
        birthYear = rows.findColumn("birth_year");
        birthdayLunar = rows.findColumn("birthday_lunar");
        birthdayLeapMonth = rows.findColumn("birthday_leap_month");
        source = rows.findColumn("source");
        accountOwner = rows.findColumn("account_owner");
        notes = rows.findColumn("notes");
        createdAt = rows.findColumn("created_at");
        updatedAt = rows.findColumn("updated_at");
        archived = rows.findColumn("archived");
        kind = rows.findColumn("kind");
        createdBy = rows.findColumn("created_by");
        updatedBy = rows.findColumn("updated_by");
        lastContactAt = rows.findColumn("last_contact_at");
    }

    long id(ResultSet row) throws SQLException {
        return row.getLong(id);
    }

    /** Reads what it needs of one row with the columns found for its query. */
    interface RowReader<T> {
        T read(ClientColumns columns, ResultSet row) throws SQLException;
    }

    /** A mapper for {@code client} rows whose columns are found once per query, not on every row. */
    static <T> RowMapper<T> mapper(RowReader<T> reader) {
        return new RowMapper<>() {
            @Override
            public T map(ResultSet row, StatementContext context) throws SQLException {
                return specialize(row, context).map(row, context);
            }

            @Override
            public RowMapper<T> specialize(ResultSet rows, StatementContext context) throws SQLException {
                ClientColumns columns = new ClientColumns(rows);
                return (row, rowContext) -> reader.read(columns, row);
            }
        };
    }

    /** The client of the current row, with its child rows read by the caller. */
    Client client(ResultSet row, List<EmailAddress> emails, List<PhoneNumber> phones, List<String> tags,
                  CustomValues customValues) throws SQLException {
        return new Client(row.getLong(id), row.getInt(version), name(row), row.getString(organisation),
                row.getString(jobTitle), Relationship.valueOf(row.getString(relationship)), segment(row),
                row.getBoolean(internal), CustomerType.valueOf(row.getString(customerType)), emails, phones,
                address(row), birthday(row), tags, row.getString(source), row.getString(accountOwner),
                row.getString(notes), row.getObject(createdAt, OffsetDateTime.class).toInstant(),
                row.getObject(updatedAt, OffsetDateTime.class).toInstant(), archived(row),
                ClientKind.valueOf(row.getString(kind)), customValues, row.getString(createdBy),
                row.getString(updatedBy));
    }

    ClientName name(ResultSet row) throws SQLException {
        return new ClientName(row.getString(displayName), row.getString(familyName), row.getString(givenName),
                NameOrder.valueOf(row.getString(nameOrder)), row.getString(honorific), row.getString(nickname));
    }

    PostalAddress address(ResultSet row) throws SQLException {
        return new PostalAddress(row.getString(street), row.getString(unit), row.getString(city),
                row.getString(region), row.getString(postcode), row.getString(country), row.getString(jibun));
    }

    Birthday birthday(ResultSet row) throws SQLException {
        int month = row.getInt(birthMonth);
        return row.wasNull() ? null : new Birthday(month, row.getInt(birthDay), row.getObject(birthYear, Integer.class),
                row.getBoolean(birthdayLunar), row.getBoolean(birthdayLeapMonth));
    }

    Segment segment(ResultSet row) throws SQLException {
        return Segment.valueOf(row.getString(segment));
    }

    boolean archived(ResultSet row) throws SQLException {
        return row.getBoolean(archived);
    }

    Instant lastContact(ResultSet row) throws SQLException {
        OffsetDateTime value = row.getObject(lastContactAt, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
