package app.clientele.bench;

import app.clientele.demo.DemoData;
import app.clientele.domain.Client;
import app.clientele.exchange.ExportFormat;
import app.clientele.persistence.Database;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.StructuredName;
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

    /** A plain SELECT of the clients with their emails, phones and tags, written with the same library. */
    static void exportPlain(Database database, ExportFormat format, Path target) throws Exception {
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
