package app.clientele.bench;

import app.clientele.demo.DemoData;
import app.clientele.domain.Client;
import app.clientele.exchange.ExportFormat;
import app.clientele.persistence.Database;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Kind;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor the import and export figures are measured against: the same files read or written by
 * the same libraries Clientele uses (Commons CSV, ez-vcard), with plain JDBC batches and SELECTs
 * and none of Clientele's checks, duplicate matching or per-field work.
 */
final class ExchangeFloor {
    private static final int BATCH = 5_000;

    private ExchangeFloor() {
    }

    /** A contacts file in each format with the same made-up people: name, email and phone. */
    static void writeContacts(Path csv, Path vcard, int count) throws Exception {
        if (Files.exists(csv) && Files.exists(vcard)) {
            return;
        }
        DemoData data = new DemoData(3, LocalDate.now(), ZoneId.systemDefault());
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("Name", "Given Name", "Family Name", "E-mail", "Phone").get());
             VCardWriter cards = new VCardWriter(Files.newBufferedWriter(vcard, StandardCharsets.UTF_8), VCardVersion.V3_0)) {
            for (int i = 0; i < count; i++) {
                Client client = data.client(i);
                String email = "contact" + i + "@example.com";
                String phone = String.format("010-%04d-%04d", i / 10_000, i % 10_000);
                out.printRecord(client.displayName(), client.name().givenName(), client.name().familyName(), email, phone);
                VCard card = new VCard();
                card.setFormattedName(client.displayName());
                StructuredName name = new StructuredName();
                name.setFamily(client.name().familyName());
                name.setGiven(client.name().givenName());
                card.setStructuredName(name);
                card.addEmail(email);
                card.addTelephoneNumber(phone);
                cards.write(card);
            }
        }
    }

    /** Parses the file with the library and inserts each contact's client, email and phone rows in JDBC batches. */
    static void importPlain(Path source, Path folder) throws Exception {
        try (Database database = Database.open(folder)) {
            database.jdbi().useTransaction(handle -> {
                Inserts inserts = new Inserts(handle.getConnection());
                if (source.toString().endsWith(".csv")) {
                    try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                                .parse(reader)) {
                            inserts.add(row.get("Name"), row.get("Family Name"), row.get("Given Name"), row.get("E-mail"),
                                    row.get("Phone"));
                        }
                    }
                } else {
                    try (VCardReader reader = new VCardReader(source)) {
                        for (VCard card = reader.readNext(); card != null; card = reader.readNext()) {
                            inserts.add(card.getFormattedName().getValue(), card.getStructuredName().getFamily(),
                                    card.getStructuredName().getGiven(), card.getEmails().get(0).getValue(),
                                    card.getTelephoneNumbers().get(0).getText());
                        }
                    }
                }
                inserts.flush();
            });
        }
    }

    /** Plain batched inserts with ids of our own, the fastest way JDBC offers to fill these tables. */
    private static final class Inserts {
        private final PreparedStatement clients;
        private final PreparedStatement emails;
        private final PreparedStatement phones;
        private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        private long id;
        private int pending;

        Inserts(Connection connection) throws SQLException {
            clients = connection.prepareStatement("""
                    INSERT INTO client (id, version, display_name, family_name, given_name, name_order, relationship,
                        segment, internal, customer_type, birthday_lunar, birthday_leap_month, created_at, updated_at,
                        archived, kind)
                    VALUES (?, 0, ?, ?, ?, 'GIVEN_FIRST', 'CLIENT', 'INDIVIDUAL', FALSE, 'NEW', FALSE, FALSE, ?, ?, FALSE,
                        'PERSON')""");
            emails = connection.prepareStatement("""
                    INSERT INTO client_email (client_id, sort_order, label, address, address_key, is_primary)
                    VALUES (?, 0, 'work', ?, ?, TRUE)""");
            phones = connection.prepareStatement("""
                    INSERT INTO client_phone (client_id, sort_order, label, phone_number, digits)
                    VALUES (?, 0, 'mobile', ?, ?)""");
        }

        void add(String name, String family, String given, String email, String phone) throws SQLException {
            id++;
            clients.setLong(1, id);
            clients.setString(2, name);
            clients.setString(3, family);
            clients.setString(4, given);
            clients.setObject(5, now);
            clients.setObject(6, now);
            clients.addBatch();
            emails.setLong(1, id);
            emails.setString(2, email);
            emails.setString(3, email.toLowerCase());
            emails.addBatch();
            phones.setLong(1, id);
            phones.setString(2, phone);
            phones.setString(3, phone.replaceAll("\\D", ""));
            phones.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            clients.executeBatch();
            emails.executeBatch();
            phones.executeBatch();
            pending = 0;
        }
    }

    /**
     * The former floor, kept for comparison with earlier figures: a plain SELECT of the clients'
     * names, organisation, address, notes, emails, phones and tags, written with the same library.
     * It writes fewer fields than the export (13 CSV columns of 33; vCards of name, organisation,
     * emails, phones and categories only), so its files are about half the export's size.
     */
    static void exportFewerFields(Database database, ExportFormat format, Path target) throws Exception {
        database.jdbi().useHandle(handle -> {
            Connection connection = handle.getConnection();
            Map<Long, List<String>> emails = grouped(connection, "SELECT client_id, address FROM client_email ORDER BY client_id, sort_order");
            Map<Long, List<String>> phones = grouped(connection, "SELECT client_id, phone_number FROM client_phone ORDER BY client_id, sort_order");
            Map<Long, List<String>> tags = grouped(connection, "SELECT client_id, tag FROM client_tag ORDER BY client_id, tag");
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, display_name, family_name, given_name, organisation, job_title, street, city, postcode,
                           country, notes FROM client ORDER BY id""");
                 ResultSet rows = select.executeQuery();
                 Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                if (format == ExportFormat.CSV) {
                    CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180);
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        List<Object> values = new ArrayList<>();
                        for (int column = 2; column <= 11; column++) {
                            values.add(rows.getString(column));
                        }
                        values.add(String.join(" ::: ", emails.getOrDefault(id, List.of())));
                        values.add(String.join(" ::: ", phones.getOrDefault(id, List.of())));
                        values.add(String.join(" ::: ", tags.getOrDefault(id, List.of())));
                        out.printRecord(values);
                    }
                    out.flush();
                } else {
                    VCardWriter cards = new VCardWriter(writer, VCardVersion.V4_0);
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        VCard card = new VCard();
                        card.setFormattedName(rows.getString(2));
                        StructuredName name = new StructuredName();
                        name.setFamily(rows.getString(3));
                        name.setGiven(rows.getString(4));
                        card.setStructuredName(name);
                        if (rows.getString(5) != null) {
                            card.setOrganization(rows.getString(5));
                        }
                        emails.getOrDefault(id, List.of()).forEach(card::addEmail);
                        phones.getOrDefault(id, List.of()).forEach(card::addTelephoneNumber);
                        if (!tags.getOrDefault(id, List.of()).isEmpty()) {
                            card.setCategories(tags.get(id).toArray(String[]::new));
                        }
                        cards.write(card);
                    }
                    cards.flush();
                }
            }
        });
    }

    /**
     * The export's floor: the same file the export writes — every column of Clientele's CSV layout,
     * every vCard property — read with plain SELECTs of the client table and its child tables (one
     * pass each, by column position) and written with the same library (Commons CSV, ez-vcard),
     * without Clientele's repository, domain objects, layouts or checks. The benchmark compares the
     * two files byte for byte, so the floor cannot write less than the export does.
     */
    static void exportSame(Database database, ExportFormat format, Path target) throws Exception {
        database.jdbi().useHandle(handle -> {
            Connection connection = handle.getConnection();
            List<Object[]> fields = rows(connection, "SELECT id, name, field_type FROM custom_field ORDER BY sort_order, id");
            Map<Long, List<Object[]>> emails = groupedRows(connection,
                    "SELECT client_id, label, address, is_primary FROM client_email ORDER BY client_id, sort_order");
            Map<Long, List<Object[]>> phones = groupedRows(connection,
                    "SELECT client_id, label, phone_number FROM client_phone ORDER BY client_id, sort_order");
            Map<Long, List<String>> tags = grouped(connection, "SELECT client_id, tag FROM client_tag ORDER BY client_id, tag");
            // A client's tags are listed in the export as Clientele shows them: in alphabetical order ignoring case.
            tags.values().forEach(list -> list.sort(String.CASE_INSENSITIVE_ORDER));
            Map<Long, Map<Long, String>> custom = new HashMap<>();
            for (Object[] value : rows(connection, "SELECT client_id, field_id, field_value FROM custom_value")) {
                custom.computeIfAbsent((Long) value[0], id -> new HashMap<>()).put((Long) value[1], (String) value[2]);
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT " + String.join(", ", CLIENT_COLUMNS)
                    + " FROM client ORDER BY id");
                 ResultSet rows = select.executeQuery();
                 Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                if (format == ExportFormat.CSV) {
                    writer.write('\uFEFF');
                    CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180);
                    List<String> header = new ArrayList<>(CSV_HEADER);
                    fields.forEach(field -> header.add((String) field[1]));
                    out.printRecord(header);
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        out.printRecord(csvRow(rows, emails.getOrDefault(id, List.of()), phones.getOrDefault(id, List.of()),
                                tags.getOrDefault(id, List.of()), fields, custom.getOrDefault(id, Map.of())));
                    }
                    out.flush();
                } else if (format == ExportFormat.VCARD) {
                    VCardWriter cards = new VCardWriter(writer, VCardVersion.V4_0);
                    cards.setAddProdId(false);
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        cards.write(vCard(rows, emails.getOrDefault(id, List.of()), phones.getOrDefault(id, List.of()),
                                tags.getOrDefault(id, List.of()), fields, custom.getOrDefault(id, Map.of())));
                    }
                    cards.flush();
                } else {
                    throw new IllegalArgumentException("no floor for " + format);
                }
            }
        });
    }

    /** The client table's columns the export writes, in the order the floor reads them by position. */
    private static final List<String> CLIENT_COLUMNS = List.of("id", "display_name", "family_name", "given_name",
            "name_order", "honorific", "nickname", "organisation", "job_title", "relationship", "segment", "internal",
            "customer_type", "street", "unit", "city", "region", "postcode", "country", "jibun", "birth_month",
            "birth_day", "birth_year", "birthday_lunar", "birthday_leap_month", "source", "account_owner", "notes",
            "archived", "kind");
    private static final List<String> CSV_HEADER = List.of("Display Name", "Family Name", "Given Name", "Name Order",
            "Honorific", "Nickname", "Organisation", "Job Title", "Relationship", "Segment", "Internal",
            "Customer Type", "Primary Email", "Email Labels", "Emails", "Phone Labels", "Phones", "Street", "Unit",
            "City", "Region", "Postcode", "Country", "Jibun", "Birthday", "Lunar Birthday", "Leap Month", "Tags", "Source",
            "Account Owner", "Notes", "Archived", "Kind");
    private static final String SEPARATOR = " ::: ";
    private static final Pattern MANGLED_BY_SPREADSHEETS = Pattern.compile("0\\d+|\\d{16,}");

    /** One CSV row: the columns of Clientele's own layout, then one per custom field. */
    private static List<String> csvRow(ResultSet row, List<Object[]> emails, List<Object[]> phones, List<String> tags,
                                       List<Object[]> fields, Map<Long, String> custom) throws SQLException {
        List<String> cells = new ArrayList<>(CSV_HEADER.size() + fields.size());
        for (int column = 2; column <= 13; column++) {
            cells.add(column == 12 ? yesNo(row.getBoolean(column)) : row.getString(column));
        }
        String primary = null;
        for (Object[] email : emails) {
            if (primary == null && (Boolean) email[2]) {
                primary = (String) email[1];
            }
        }
        cells.add(primary);
        cells.add(joined(emails, 0, null));
        cells.add(joined(emails, 1, null));
        cells.add(joined(phones, 0, null));
        cells.add(joined(phones, 1, "=\""));
        for (int column = 14; column <= 20; column++) {
            cells.add(row.getString(column));
        }
        int month = row.getInt(21);
        boolean hasBirthday = !row.wasNull();
        cells.add(hasBirthday ? isoDate(row.getObject(23, Integer.class), month, row.getInt(22)) : null);
        cells.add(yesNo(hasBirthday && row.getBoolean(24)));
        cells.add(yesNo(hasBirthday && row.getBoolean(25)));
        cells.add(tags.isEmpty() ? null : String.join(SEPARATOR, tags));
        cells.add(row.getString(26));
        cells.add(row.getString(27));
        cells.add(row.getString(28));
        cells.add(yesNo(row.getBoolean(29)));
        cells.add(row.getString(30));
        for (Object[] field : fields) {
            String value = custom.get((Long) field[0]);
            if ("YES_NO".equals(field[2])) {
                cells.add(value == null ? null : "TRUE");
            } else if (value != null && !"NUMBER".equals(field[2]) && MANGLED_BY_SPREADSHEETS.matcher(value).matches()) {
                cells.add("=\"" + value + "\"");
            } else {
                cells.add(value);
            }
        }
        return cells;
    }

    /** One value of each child row, joined; phones as spreadsheet text (="…") so their leading zeros stay. */
    private static String joined(List<Object[]> children, int index, String quote) {
        if (children.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Object[] child : children) {
            text.append(text.length() == 0 ? "" : SEPARATOR).append((String) child[index]);
        }
        return quote == null ? text.toString() : quote + text + "\"";
    }

    /** One vCard 4.0 with every property the export writes, in its order. */
    private static VCard vCard(ResultSet row, List<Object[]> emails, List<Object[]> phones, List<String> tags,
                               List<Object[]> fields, Map<Long, String> custom) throws SQLException {
        VCard card = new VCard();
        if ("ORGANISATION".equals(row.getString(30))) {
            card.setKind(Kind.org());
        }
        card.setFormattedName(row.getString(2));
        StructuredName name = new StructuredName();
        name.setFamily(row.getString(3));
        name.setGiven(row.getString(4));
        if (row.getString(6) != null) {
            name.getPrefixes().add(row.getString(6));
        }
        card.setStructuredName(name);
        if (row.getString(7) != null) {
            card.setNickname(row.getString(7));
        }
        if (row.getString(8) != null) {
            card.setOrganization(row.getString(8));
        }
        if (row.getString(9) != null) {
            card.addTitle(row.getString(9));
        }
        int group = 0;
        for (Object[] email : emails) {
            Email property = new Email((String) email[1]);
            String label = (String) email[0];
            switch (label) {
                case "work" -> property.getTypes().add(EmailType.WORK);
                case "home" -> property.getTypes().add(EmailType.HOME);
                default -> group = labelled(card, property, group, label);
            }
            if ((Boolean) email[2] && emails.size() > 1) {
                property.setPref(1);
            }
            card.addEmail(property);
        }
        for (Object[] phone : phones) {
            Telephone property = new Telephone((String) phone[1]);
            String label = (String) phone[0];
            switch (label) {
                case "mobile" -> property.getTypes().add(TelephoneType.CELL);
                case "work" -> property.getTypes().add(TelephoneType.WORK);
                case "home" -> property.getTypes().add(TelephoneType.HOME);
                case "fax" -> property.getTypes().add(TelephoneType.FAX);
                default -> group = labelled(card, property, group, label);
            }
            card.addTelephoneNumber(property);
        }
        boolean hasAddress = false;
        for (int column = 14; column <= 20; column++) {
            hasAddress |= row.getString(column) != null;
        }
        if (hasAddress) {
            Address address = new Address();
            address.setStreetAddress(row.getString(14));
            address.setExtendedAddress(row.getString(15));
            address.setLocality(row.getString(16));
            address.setRegion(row.getString(17));
            address.setPostalCode(row.getString(18));
            address.setCountry(row.getString(19));
            address.getTypes().add("BUSINESS".equals(row.getString(11)) ? AddressType.WORK : AddressType.HOME);
            card.addAddress(address);
        }
        int month = row.getInt(21);
        if (!row.wasNull()) {
            Integer year = row.getObject(23, Integer.class);
            int day = row.getInt(22);
            if (row.getBoolean(24)) {
                extension(card, "LUNAR-BIRTHDAY", isoDate(year, month, day)
                        + (row.getBoolean(25) ? ";leap" : ""));
            } else if (year != null) {
                card.setBirthday(new Birthday(LocalDate.of(year, month, day)));
            } else {
                card.setBirthday(new Birthday(PartialDate.builder().month(month).date(day).build()));
            }
        }
        if (row.getString(28) != null) {
            card.addNote(row.getString(28));
        }
        if (!tags.isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(tags);
            card.setCategories(categories);
        }
        extension(card, "NAME-ORDER", row.getString(5));
        extension(card, "RELATIONSHIP", row.getString(10));
        extension(card, "SEGMENT", row.getString(11));
        extension(card, "CUSTOMER-TYPE", row.getString(13));
        extension(card, "INTERNAL", Boolean.toString(row.getBoolean(12)));
        extension(card, "JIBUN", row.getString(20));
        extension(card, "SOURCE", row.getString(26));
        extension(card, "ACCOUNT-OWNER", row.getString(27));
        extension(card, "ARCHIVED", Boolean.toString(row.getBoolean(29)));
        for (Object[] field : fields) {
            String value = custom.get((Long) field[0]);
            if (value != null) {
                card.addExtendedProperty("X-CLIENTELE-FIELD", value).getParameters().put("X-NAME", (String) field[1]);
            }
        }
        return card;
    }

    /** A label vCard has no type for: Apple's grouped X-ABLabel; returns the group number used. */
    private static int labelled(VCard card, VCardProperty property, int group, String label) {
        if (label.isEmpty()) {
            return group;
        }
        property.setGroup("item" + (group + 1));
        card.addExtendedProperty("X-ABLabel", label).setGroup("item" + (group + 1));
        return group + 1;
    }

    private static void extension(VCard card, String name, String value) {
        if (value != null) {
            card.addExtendedProperty("X-CLIENTELE-" + name, value);
        }
    }

    private static String isoDate(Integer year, int month, int day) {
        return (year == null ? "--" : year + "-") + (month < 10 ? "0" : "") + month + "-" + (day < 10 ? "0" : "") + day;
    }

    private static String yesNo(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    private static List<Object[]> rows(Connection connection, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet result = select.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int column = 1; column <= columns; column++) {
                    row[column - 1] = result.getObject(column);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Each client's child rows (the columns after the client id), by client id, in the query's order. */
    private static Map<Long, List<Object[]>> groupedRows(Connection connection, String sql) throws SQLException {
        Map<Long, List<Object[]>> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] value = new Object[columns - 1];
                for (int column = 2; column <= columns; column++) {
                    value[column - 2] = rows.getObject(column);
                }
                values.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>(2)).add(value);
            }
        }
        return values;
    }

    private static Map<Long, List<String>> grouped(Connection connection, String sql) throws SQLException {
        Map<Long, List<String>> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>(2)).add(rows.getString(2));
            }
        }
        return values;
    }
}
