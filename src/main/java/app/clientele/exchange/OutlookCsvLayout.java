package app.clientele.exchange;

import app.clientele.domain.Client;
import app.clientele.domain.ClientName;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outlook's CSV: its 88-column header, with up to three emails (without labels) and phones in
 * fixed columns per kind (Business Phone, Mobile Phone, …). Labels Outlook has no column for go
 * to Other Phone; a client's address goes to Business or Home by the client's segment.
 */
final class OutlookCsvLayout implements CsvLayout {
    static final List<String> HEADER = List.of("First Name", "Middle Name", "Last Name", "Title", "Suffix",
            "Nickname", "Given Yomi", "Surname Yomi", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address",
            "Home Phone", "Home Phone 2", "Business Phone", "Business Phone 2", "Mobile Phone", "Car Phone",
            "Other Phone", "Primary Phone", "Pager", "Business Fax", "Home Fax", "Other Fax", "Company Main Phone",
            "Callback", "Radio Phone", "Telex", "TTY/TDD Phone", "IMAddress", "Job Title", "Department", "Company",
            "Office Location", "Manager's Name", "Assistant's Name", "Assistant's Phone", "Company Yomi",
            "Business Street", "Business City", "Business State", "Business Postal Code", "Business Country/Region",
            "Home Street", "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street",
            "Other City", "Other State", "Other Postal Code", "Other Country/Region", "Personal Web Page", "Spouse",
            "Schools", "Hobby", "Location", "Web Page", "Birthday", "Anniversary", "Notes", "E-mail Type",
            "E-mail Display Name", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Type", "E-mail 3 Display Name",
            "Business Street 2", "Business Street 3", "Home Street 2", "Home Street 3", "Other Street 2",
            "Other Street 3", "ISDN", "Account", "Billing Information", "Business Address PO Box",
            "Home Address PO Box", "Other Address PO Box", "Children", "Gender", "Initials", "Keywords", "Language",
            "Priority", "Private", "Sensitivity", "Categories");
    private static final List<String> EMAIL_COLUMNS = List.of("E-mail Address", "E-mail 2 Address", "E-mail 3 Address");
    /** Phone columns in reading order, with the label each gives; writing fills the first free one per label. */
    private static final Map<String, String> PHONE_COLUMNS = phoneColumns();
    private static final List<String> ADDRESS_KINDS = List.of("Business", "Home", "Other");

    private static Map<String, String> phoneColumns() {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        columns.put("Mobile Phone", "mobile");
        columns.put("Business Phone", "work");
        columns.put("Business Phone 2", "work");
        columns.put("Home Phone", "home");
        columns.put("Home Phone 2", "home");
        columns.put("Business Fax", "fax");
        columns.put("Home Fax", "fax");
        columns.put("Other Fax", "fax");
        columns.put("Other Phone", "other");
        columns.put("Primary Phone", "");
        columns.put("Company Main Phone", "work");
        columns.put("Car Phone", "Car");
        columns.put("Pager", "Pager");
        columns.put("Assistant's Phone", "Assistant");
        columns.put("Callback", "Callback");
        columns.put("Radio Phone", "Radio");
        columns.put("ISDN", "ISDN");
        columns.put("TTY/TDD Phone", "TTY/TDD");
        columns.put("Telex", "Telex");
        return java.util.Collections.unmodifiableMap(columns);
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> write(Client client) {
        Map<String, String> cells = new HashMap<>();
        ClientName name = client.name();
        cells.put("First Name", name.givenName() == null && name.familyName() == null ? name.displayName()
                : name.givenName());
        cells.put("Last Name", name.familyName());
        cells.put("Title", name.honorific());
        cells.put("Nickname", name.nickname());
        cells.put("Company", client.organisation());
        cells.put("Job Title", client.jobTitle());
        List<EmailAddress> emails = new ArrayList<>(client.emails());
        emails.sort((a, b) -> Boolean.compare(b.primary(), a.primary()));
        for (int i = 0; i < emails.size(); i++) {
            String column = EMAIL_COLUMNS.get(Math.min(i, EMAIL_COLUMNS.size() - 1));
            cells.merge(column, emails.get(i).address(), (before, more) -> before + ";" + more);
            cells.put(column.replace("Address", "Type"), "SMTP");
        }
        for (PhoneNumber phone : client.phones()) {
            String column = PHONE_COLUMNS.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(phone.label()) && !cells.containsKey(entry.getKey()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElse("Other Phone");
            cells.merge(column, phone.number(), (before, more) -> before + ";" + more);
        }
        PostalAddress address = client.address();
        if (!address.isEmpty()) {
            String kind = client.segment() == Segment.BUSINESS ? "Business" : "Home";
            cells.put(kind + " Street", address.street());
            cells.put(kind + " Street 2", address.unit());
            cells.put(kind + " City", address.city());
            cells.put(kind + " State", address.region());
            cells.put(kind + " Postal Code", address.postcode());
            cells.put(kind + " Country/Region", address.country());
        }
        if (client.birthday() != null) {
            cells.put("Birthday", client.birthday().year() == null ? Birthdays.iso(client.birthday())
                    : client.birthday().month() + "/" + client.birthday().day() + "/" + client.birthday().year());
        }
        cells.put("Notes", client.notes());
        cells.put("Categories", client.tags().isEmpty() ? null : String.join(";", client.tags()));
        return HEADER.stream().map(cells::get).toList();
    }

    @Override
    public ContactRecord read(CsvRow row) {
        ContactBuilder contact = new ContactBuilder(row.where());
        contact.givenName = join(" ", row.get("First Name"), row.get("Middle Name"));
        contact.familyName = row.get("Last Name");
        contact.honorific = row.get("Title");
        contact.nickname = row.get("Nickname");
        contact.organisation = row.get("Company");
        contact.jobTitle = row.get("Job Title");
        for (String column : EMAIL_COLUMNS) {
            split(row.get(column)).forEach(address -> contact.email(column, "", address));
        }
        PHONE_COLUMNS.forEach((column, label) ->
                split(row.get(column)).forEach(number -> contact.phone(column, label, number)));
        String kind = ADDRESS_KINDS.stream().filter(candidate -> hasAddress(row, candidate)).findFirst().orElse(null);
        if (kind != null) {
            contact.street = row.get(kind + " Street");
            contact.unit = join(", ", row.get(kind + " Street 2"), row.get(kind + " Street 3"));
            contact.city = row.get(kind + " City");
            contact.region = row.get(kind + " State");
            contact.postcode = row.get(kind + " Postal Code");
            contact.country = row.get(kind + " Country/Region");
            if (kind.equals("Business")) {
                contact.segment = Segment.BUSINESS;
            }
        }
        contact.birthday("Birthday", row.get("Birthday"));
        contact.notes = row.get("Notes");
        contact.tags(split(row.get("Categories")));
        return contact.build(false);
    }

    private static boolean hasAddress(CsvRow row, String kind) {
        return Arrays.asList(" Street", " City", " State", " Postal Code", " Country/Region").stream()
                .anyMatch(part -> row.get(kind + part) != null);
    }

    /** Outlook separates several values in one cell with semicolons. */
    private static List<String> split(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }

    private static String join(String separator, String first, String second) {
        return second == null ? first : first == null ? second : first + separator + second;
    }
}
