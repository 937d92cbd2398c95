package app.clientele.exchange;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.CustomerType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import app.clientele.domain.Strings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Clientele's own layout: one column per field, so a file round-trips every field, and after them
 * one column per field the firm defined, named after it. Multiple values share a cell, separated
 * by " ::: ", with their labels in a parallel column. Columns of fields this firm does not have are
 * kept in the notes on import.
 *
 * <p>Phones are written as spreadsheet text, {@code ="010-1234-5678"}: Excel and LibreOffice
 * otherwise read 01012345678 as a number and drop its leading zero (and +82 … as a formula).
 * Clientele reads the form back from any CSV file.
 */
final class OwnCsvLayout implements CsvLayout {
    static final List<String> HEADER = List.of("Display Name", "Family Name", "Given Name", "Name Order",
            "Honorific", "Nickname", "Organisation", "Job Title", "Relationship", "Segment", "Internal",
            "Customer Type", "Primary Email", "Email Labels", "Emails", "Phone Labels", "Phones", "Street", "Unit",
            "City", "Region", "Postcode", "Country", "Jibun", "Birthday", "Lunar Birthday", "Leap Month", "Tags", "Source",
            "Account Owner", "Notes", "Archived", "Kind");
    private static final Pattern MANGLED_BY_SPREADSHEETS = Pattern.compile("0\\d+|\\d{16,}");

    private final List<CustomField> fields;

    OwnCsvLayout(List<CustomField> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public List<String> header() {
        List<String> header = new ArrayList<>(HEADER);
        fields.forEach(field -> header.add(field.name()));
        return header;
    }

    @Override
    public List<String> write(Client client) {
        ClientName name = client.name();
        PostalAddress address = client.address();
        Birthday birthday = client.birthday();
        List<String> cells = new ArrayList<>(Arrays.asList(name.displayName(), name.familyName(), name.givenName(), name.order().name(),
                name.honorific(), name.nickname(), client.organisation(), client.jobTitle(),
                client.relationship().name(), client.segment().name(), yesNo(client.internal()),
                client.customerType().name(), client.primaryEmail().map(EmailAddress::address).orElse(null),
                join(client.emails().stream().map(EmailAddress::label).toList()),
                join(client.emails().stream().map(EmailAddress::address).toList()),
                join(client.phones().stream().map(PhoneNumber::label).toList()),
                spreadsheetText(join(client.phones().stream().map(PhoneNumber::number).toList())),
                address.street(), address.unit(), address.city(), address.region(), address.postcode(),
                address.country(), address.jibun(), birthday == null ? null : Birthdays.iso(birthday),
                yesNo(birthday != null && birthday.lunar()), yesNo(birthday != null && birthday.leapMonth()),
                join(client.tags()), client.source(), client.accountOwner(), client.notes(), yesNo(client.archived()),
                client.kind().name()));
        fields.forEach(field -> cells.add(cell(field, client.customValues().text(field.id()))));
        return cells;
    }

    /** A value as the file shows it: a yes as TRUE (a no is no value), digits a spreadsheet would mangle as text. */
    private static String cell(CustomField field, String value) {
        if (field.type() == CustomFieldType.YES_NO) {
            return value == null ? null : yesNo(true);
        }
        if (value != null && field.type() != CustomFieldType.NUMBER && MANGLED_BY_SPREADSHEETS.matcher(value).matches()) {
            return spreadsheetText(value);
        }
        return value;
    }

    @Override
    public ContactRecord read(CsvRow row) {
        ContactBuilder contact = new ContactBuilder(row.where());
        contact.displayName = row.get("Display Name");
        contact.familyName = row.get("Family Name");
        contact.givenName = row.get("Given Name");
        contact.nameOrder = choice(contact, row, "Name Order", NameOrder.class);
        contact.honorific = row.get("Honorific");
        contact.nickname = row.get("Nickname");
        contact.organisation = row.get("Organisation");
        contact.jobTitle = row.get("Job Title");
        contact.relationship = choice(contact, row, "Relationship", Relationship.class);
        contact.segment = choice(contact, row, "Segment", Segment.class);
        contact.internal = yes(row.get("Internal"));
        contact.customerType = choice(contact, row, "Customer Type", CustomerType.class);
        pairs(row.get("Email Labels"), row.get("Emails"), (label, value) -> contact.email("Emails", label, value));
        if (row.get("Primary Email") != null) {
            contact.primaryEmail(row.get("Primary Email"));
        }
        pairs(row.get("Phone Labels"), row.get("Phones"), (label, value) -> contact.phone("Phones", label, value));
        contact.street = row.get("Street");
        contact.unit = row.get("Unit");
        contact.city = row.get("City");
        contact.region = row.get("Region");
        contact.postcode = row.get("Postcode");
        contact.country = row.get("Country");
        contact.jibun = row.get("Jibun");
        readBirthday(contact, row);
        contact.tags(CsvRow.split(row.get("Tags")));
        contact.source = row.get("Source");
        contact.accountOwner = row.get("Account Owner");
        contact.notes = row.get("Notes");
        contact.archived = yes(row.get("Archived"));
        contact.kind = choice(contact, row, "Kind", ClientKind.class);
        readCustomColumns(contact, row);
        return contact.build(true);
    }

    /** The firm's fields by their column names; any other extra column is a field from elsewhere. */
    private void readCustomColumns(ContactBuilder contact, CsvRow row) {
        for (int i = 0; i < row.width(); i++) {
            String column = row.columnName(i);
            if (ColumnTarget.isOwnColumn(column)) {
                continue;
            }
            String value = row.at(i);
            fields.stream().filter(field -> CustomField.sameName(field.name(), column)).findFirst().ifPresentOrElse(
                    field -> contact.custom(field, column, value), () -> contact.unknownField(column, value));
        }
    }

    private static void readBirthday(ContactBuilder contact, CsvRow row) {
        boolean lunar = yes(row.get("Lunar Birthday"));
        if (!lunar) {
            contact.birthday("Birthday", row.get("Birthday"));
            return;
        }
        // Lunar dates follow their own month lengths, which the solar date rules would refuse.
        contact.birthday = Birthdays.lunar(row.get("Birthday"), yes(row.get("Leap Month")));
        if (contact.birthday == null) {
            contact.warn("import.problem.birthday", Strings.trimToEmpty(row.get("Birthday")));
        }
    }

    private static <E extends Enum<E>> E choice(ContactBuilder contact, CsvRow row, String column, Class<E> type) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            contact.warn("import.problem.unknownValue", column, value);
            return null;
        }
    }

    /** Pairs labels with values by position; a value without a label gets none. */
    private static void pairs(String labels, String values, java.util.function.BiConsumer<String, String> each) {
        List<String> labelList = CsvRow.splitKeepingBlanks(labels);
        List<String> valueList = CsvRow.splitKeepingBlanks(values);
        for (int i = 0; i < valueList.size(); i++) {
            each.accept(i < labelList.size() ? labelList.get(i) : "", valueList.get(i));
        }
    }

    static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(CsvRow.MULTI_VALUE_SEPARATOR, values);
    }

    private static String spreadsheetText(String text) {
        return text == null ? null : "=\"" + text + "\"";
    }

    private static String yesNo(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    private static boolean yes(String value) {
        return value != null && List.of("true", "yes", "1", "y", "예").contains(value.toLowerCase(Locale.ROOT));
    }
}
