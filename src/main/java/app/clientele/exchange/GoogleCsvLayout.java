package app.clientele.exchange;

import app.clientele.domain.Client;
import app.clientele.domain.ClientName;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Google Contacts' CSV: its current export (First Name, … E-mail 1 - Label, E-mail 1 - Value …)
 * and, for reading, its legacy one (Name, Given Name, … E-mail 1 - Type …). Several values with the
 * same label share a slot, joined by " ::: "; "* " before a label marks the primary value, and
 * "* myContacts" in Labels is Google's own group, not a tag.
 */
final class GoogleCsvLayout implements CsvLayout {
    static final int EMAIL_SLOTS = 3;
    static final int PHONE_SLOTS = 4;
    /** Google's own groups, compared in lower case without spaces. */
    private static final List<String> GOOGLE_GROUPS = List.of("mycontacts", "starred");

    private final boolean legacy;
    private final List<String> header;

    private GoogleCsvLayout(boolean legacy) {
        this.legacy = legacy;
        this.header = legacy ? List.of() : currentHeader();
    }

    static GoogleCsvLayout current() {
        return new GoogleCsvLayout(false);
    }

    static GoogleCsvLayout legacy() {
        return new GoogleCsvLayout(true);
    }

    private static List<String> currentHeader() {
        List<String> columns = new ArrayList<>(List.of("First Name", "Middle Name", "Last Name",
                "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix",
                "Nickname", "File As", "Organization Name", "Organization Title", "Organization Department",
                "Birthday", "Notes", "Photo", "Labels"));
        for (int i = 1; i <= EMAIL_SLOTS; i++) {
            columns.addAll(List.of("E-mail " + i + " - Label", "E-mail " + i + " - Value"));
        }
        for (int i = 1; i <= PHONE_SLOTS; i++) {
            columns.addAll(List.of("Phone " + i + " - Label", "Phone " + i + " - Value"));
        }
        columns.addAll(List.of("Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
                "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
                "Address 1 - Country", "Address 1 - Extended Address"));
        return List.copyOf(columns);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public List<String> write(Client client) {
        Map<String, String> cells = new LinkedHashMap<>();
        ClientName name = client.name();
        cells.put("First Name", name.givenName() == null && name.familyName() == null ? name.displayName()
                : name.givenName());
        cells.put("Last Name", name.familyName());
        cells.put("Name Prefix", name.honorific());
        cells.put("Nickname", name.nickname());
        cells.put("File As", name.displayName());
        cells.put("Organization Name", client.organisation());
        cells.put("Organization Title", client.jobTitle());
        cells.put("Birthday", client.birthday() == null ? null : Birthdays.iso(client.birthday()));
        cells.put("Notes", client.notes());
        List<String> labels = new ArrayList<>(List.of("* myContacts"));
        labels.addAll(client.tags());
        cells.put("Labels", String.join(CsvRow.MULTI_VALUE_SEPARATOR, labels));
        slots(cells, "E-mail", EMAIL_SLOTS, client.emails(), EmailAddress::label, EmailAddress::address,
                email -> email.primary());
        slots(cells, "Phone", PHONE_SLOTS, client.phones(), PhoneNumber::label, PhoneNumber::number, phone -> false);
        PostalAddress address = client.address();
        if (!address.isEmpty()) {
            cells.put("Address 1 - Label", client.segment() == app.clientele.domain.Segment.BUSINESS ? "Work" : "Home");
            cells.put("Address 1 - Street", address.street());
            cells.put("Address 1 - Extended Address", address.unit());
            cells.put("Address 1 - City", address.city());
            cells.put("Address 1 - Region", address.region());
            cells.put("Address 1 - Postal Code", address.postcode());
            cells.put("Address 1 - Country", address.country());
        }
        return header.stream().map(cells::get).toList();
    }

    /**
     * Values grouped by label into the slots, in their order; values beyond the last slot join
     * it, so none is lost.
     */
    private static <T> void slots(Map<String, String> cells, String kind, int slotCount, List<T> values,
                                  Function<T, String> label, Function<T, String> value,
                                  java.util.function.Predicate<T> primary) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (T item : values) {
            String slotLabel = (primary.test(item) ? "* " : "") + googleLabel(label.apply(item));
            byLabel.computeIfAbsent(slotLabel, k -> new ArrayList<>()).add(value.apply(item));
        }
        int slot = 1;
        for (Map.Entry<String, List<String>> group : byLabel.entrySet()) {
            String joined = String.join(CsvRow.MULTI_VALUE_SEPARATOR, group.getValue());
            String valueColumn = kind + " " + Math.min(slot, slotCount) + " - Value";
            if (slot > slotCount) {
                cells.merge(valueColumn, joined, (before, more) -> before + CsvRow.MULTI_VALUE_SEPARATOR + more);
            } else {
                cells.put(kind + " " + slot + " - Label", group.getKey());
                cells.put(valueColumn, joined);
            }
            slot++;
        }
    }

    /**
     * Clientele's label keys as Google writes them (Work, Mobile); Google has no unlabelled values,
     * so those become Other. Labels the user typed stay as they are.
     */
    private static String googleLabel(String label) {
        return switch (label) {
            case "" -> "Other";
            case "work" -> "Work";
            case "home" -> "Home";
            case "mobile" -> "Mobile";
            case "fax" -> "Work Fax";
            case "other" -> "Other";
            default -> label;
        };
    }

    @Override
    public ContactRecord read(CsvRow row) {
        ContactBuilder contact = new ContactBuilder(row.where());
        if (legacy) {
            contact.displayName = row.get("Name");
            contact.givenName = join(row.get("Given Name"), row.get("Additional Name"));
            contact.familyName = row.get("Family Name");
            contact.organisation = row.get("Organization 1 - Name");
            contact.jobTitle = row.get("Organization 1 - Title");
        } else {
            contact.givenName = join(row.get("First Name"), row.get("Middle Name"));
            contact.familyName = row.get("Last Name");
            contact.displayName = row.get("File As");
            contact.organisation = row.get("Organization Name");
            contact.jobTitle = row.get("Organization Title");
        }
        contact.honorific = row.get("Name Prefix");
        contact.nickname = row.get("Nickname");
        contact.birthday("Birthday", row.get("Birthday"));
        contact.notes = row.get("Notes");
        contact.tags(CsvRow.split(row.get(legacy ? "Group Membership" : "Labels")).stream()
                .map(label -> label.startsWith("* ") ? label.substring(2) : label)
                .filter(label -> !GOOGLE_GROUPS.contains(label.replace(" ", "").toLowerCase(java.util.Locale.ROOT))).toList());
        String labelSuffix = legacy ? " - Type" : " - Label";
        String primaryEmail = null;
        for (int i = 1; row.get("E-mail " + i + " - Value") != null || row.get("E-mail " + i + labelSuffix) != null; i++) {
            String label = row.get("E-mail " + i + labelSuffix);
            for (String address : CsvRow.split(row.get("E-mail " + i + " - Value"))) {
                contact.email("E-mail " + i + " - Value", label, address);
                if (primaryEmail == null && label != null && label.startsWith("* ")) {
                    primaryEmail = address;
                }
            }
        }
        if (primaryEmail != null) {
            contact.primaryEmail(primaryEmail);
        }
        for (int i = 1; row.get("Phone " + i + " - Value") != null || row.get("Phone " + i + labelSuffix) != null; i++) {
            String label = row.get("Phone " + i + labelSuffix);
            String column = "Phone " + i + " - Value";
            CsvRow.split(row.get(column)).forEach(number -> contact.phone(column, label, number));
        }
        contact.street = row.get("Address 1 - Street");
        contact.unit = row.get("Address 1 - Extended Address");
        contact.city = row.get("Address 1 - City");
        contact.region = row.get("Address 1 - Region");
        contact.postcode = row.get("Address 1 - Postal Code");
        contact.country = row.get("Address 1 - Country");
        if (contact.street == null && row.get("Address 1 - Formatted") != null) {
            contact.street = row.get("Address 1 - Formatted");
        }
        return contact.build(false);
    }

    private static String join(String first, String second) {
        return second == null ? first : first == null ? second : first + " " + second;
    }
}
