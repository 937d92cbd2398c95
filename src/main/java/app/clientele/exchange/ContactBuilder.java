package app.clientele.exchange;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomValue;
import app.clientele.domain.CustomValues;
import app.clientele.domain.CustomerType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import app.clientele.domain.Strings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects one contact's values as a file reader finds them, checks each, and builds the client.
 * A value the client record cannot hold (a malformed email or phone, a date that does not exist)
 * is never dropped silently: it is kept in the notes and reported as a warning.
 */
final class ContactBuilder {
    /** Column sizes of the client table: longer text is an error rather than a silent cut. */
    private static final int NAME_PART = 100;
    private static final int SHORT_TEXT = 200;
    private static final int LABEL = 40;
    private static final int TAG = 60;
    private static final int NOTES = 100_000;

    private final Where where;
    private final List<Problem> problems = new ArrayList<>();
    private final List<EmailAddress> emails = new ArrayList<>();
    private final List<PhoneNumber> phones = new ArrayList<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final List<String> keptInNotes = new ArrayList<>();
    private final Map<Long, CustomValue> customValues = new HashMap<>();
    ClientKind kind;
    String displayName;
    String familyName;
    String givenName;
    NameOrder nameOrder;
    String honorific;
    String nickname;
    String organisation;
    String jobTitle;
    Relationship relationship;
    Segment segment;
    boolean internal;
    CustomerType customerType;
    String street;
    String unit;
    String city;
    String region;
    String postcode;
    String country;
    String jibun;
    Birthday birthday;
    String source;
    String accountOwner;
    String notes;
    boolean archived;

    ContactBuilder(Where where) {
        this.where = where;
    }

    /** Adds an email; {@code from} names the column or property it came from, for the notes if it is malformed. */
    void email(String from, String label, String address) {
        String value = Strings.trimToEmpty(address);
        if (value.isEmpty()) {
            return;
        }
        if (!EmailAddress.isWellFormed(value)) {
            keep("import.problem.email", from, value);
            return;
        }
        EmailAddress email = new EmailAddress(label(label), value, emails.isEmpty());
        if (emails.stream().noneMatch(other -> other.matchKey().equals(email.matchKey()))) {
            emails.add(email);
        }
    }

    /** Makes the email with this address the primary one. */
    void primaryEmail(String address) {
        for (int i = 0; i < emails.size(); i++) {
            EmailAddress email = emails.get(i);
            emails.set(i, email.withPrimary(email.address().equalsIgnoreCase(Strings.trimToEmpty(address))));
        }
    }

    void phone(String from, String label, String number) {
        String value = Strings.trimToEmpty(number);
        if (value.isEmpty()) {
            return;
        }
        if (!PhoneNumber.isWellFormed(value)) {
            keep("import.problem.phone", from, value);
            return;
        }
        PhoneNumber phone = new PhoneNumber(label(label), value);
        if (phones.stream().noneMatch(other -> other.number().equals(phone.number()))) {
            phones.add(phone);
        }
    }

    void birthday(String from, String text) {
        Optional<Birthday> parsed = Birthdays.parse(text);
        if (parsed == null) {
            keep("import.problem.birthday", from, Strings.trimToEmpty(text));
        } else {
            parsed.ifPresent(value -> birthday = value);
        }
    }

    /** Sets a value of one of the firm's own fields; one that does not fit the field is kept in the notes. */
    void custom(CustomField field, String from, String text) {
        try {
            String value = field.normalise(text);
            if (value != null) {
                customValues.put(field.id(), new CustomValue(field.type(), value));
            }
        } catch (IllegalArgumentException notAValue) {
            warn("import.problem.customValue", Strings.trimToEmpty(text), field.name());
            keptInNotes.add(from + ": " + Strings.trimToEmpty(text));
        }
    }

    /** A value of a field this firm does not have (the file came from elsewhere): kept in the notes. */
    void unknownField(String name, String text) {
        if (!Strings.isBlank(text)) {
            warn("import.problem.unknownField", name);
            keptInNotes.add(name + ": " + text.strip());
        }
    }

    void tags(Collection<String> values) {
        values.stream().map(Strings::blankToNull).filter(tag -> tag != null).forEach(tags::add);
    }

    void warn(String messageKey, Object... arguments) {
        problems.add(Problem.warning(where, messageKey, arguments));
    }

    void error(String messageKey, Object... arguments) {
        problems.add(Problem.error(where, messageKey, arguments));
    }

    /**
     * The contact as a client. Without a name, the organisation, the first email or the first
     * phone names it; a contact with none of these is skipped with a warning.
     */
    ContactRecord build(boolean fullRecord) {
        checkLengths();
        String name = firstNonBlank(displayName, ClientName.compose(familyName, givenName,
                nameOrder != null ? nameOrder : NameOrder.suggestedFor(familyName, givenName)), nickname,
                organisation, emails.isEmpty() ? null : emails.get(0).address(),
                phones.isEmpty() ? null : phones.get(0).number());
        if (name == null) {
            warn("import.problem.noName");
            return new ContactRecord(where, null, fullRecord, problems);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new ContactRecord(where, null, fullRecord, problems);
        }
        Client client = new Client(null, 0,
                new ClientName(name, familyName, givenName, nameOrder, honorific, nickname),
                organisation, jobTitle, relationship, segment, internal, customerType, emails, phones,
                new PostalAddress(street, unit, city, region, postcode, country, jibun), birthday, List.copyOf(tags),
                source, accountOwner, notesWithKeptValues(), null, null, archived, kind,
                new CustomValues(customValues));
        return new ContactRecord(where, client, fullRecord, problems);
    }

    private void checkLengths() {
        length("clients.field.displayName", displayName, ClientName.MAX_DISPLAY_LENGTH);
        length("clients.field.familyName", familyName, NAME_PART);
        length("clients.field.givenName", givenName, NAME_PART);
        length("clients.field.honorific", honorific, LABEL);
        length("clients.field.nickname", nickname, NAME_PART);
        length("clients.field.organisation", organisation, SHORT_TEXT);
        length("clients.field.jobTitle", jobTitle, SHORT_TEXT);
        length("clients.field.street", street, 300);
        length("clients.field.unit", unit, NAME_PART);
        length("clients.field.city", city, NAME_PART);
        length("clients.field.region", region, NAME_PART);
        length("clients.field.postcode", postcode, 20);
        length("clients.field.country", country, NAME_PART);
        length("clients.field.jibun", jibun, 300);
        length("clients.field.source", source, SHORT_TEXT);
        length("clients.field.accountOwner", accountOwner, NAME_PART);
        length("clients.section.notes", notesWithKeptValues(), NOTES);
        tags.forEach(tag -> length("clients.field.tags", tag, TAG));
        emails.forEach(email -> length("clients.section.emails", email.label(), LABEL));
        phones.forEach(phone -> length("clients.section.phones", phone.label(), LABEL));
    }

    private void length(String fieldKey, String value, int max) {
        if (value != null && value.strip().length() > max) {
            error("import.problem.tooLong", fieldKey, max);
        }
    }

    /**
     * Reports a value the record cannot hold and keeps it in the notes as the file wrote it
     * ("TEL;WORK: 555-1234 ext. 12"), so nothing is lost.
     */
    private void keep(String problemKey, String from, String value) {
        warn(problemKey, value);
        keptInNotes.add(from + ": " + value);
    }

    /** The notes with Windows line ends made plain, and the values kept from the file after them. */
    private String notesWithKeptValues() {
        String notes = this.notes == null ? null : this.notes.replace("\r\n", "\n");
        if (keptInNotes.isEmpty()) {
            return notes;
        }
        StringBuilder text = new StringBuilder(Strings.trimToEmpty(notes));
        for (String kept : keptInNotes) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(kept);
        }
        return text.toString();
    }

    /**
     * Contact labels are kept as Clientele's keys where one fits ("work", "mobile") and as written
     * otherwise; Apple's and Google's wrapped forms (_$!&lt;Mobile&gt;!$_, "* Work") are unwrapped.
     */
    static String label(String label) {
        String text = Strings.trimToEmpty(label);
        if (text.startsWith("_$!<") && text.endsWith(">!$_")) {
            text = text.substring(4, text.length() - 4);
        }
        if (text.startsWith("* ")) {
            text = text.substring(2).strip();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "work", "business", "직장", "회사" -> "work";
            case "home", "personal", "집", "자택" -> "home";
            case "mobile", "cell", "cellphone", "iphone", "휴대폰", "휴대전화", "핸드폰" -> "mobile";
            case "fax", "workfax", "homefax", "work fax", "home fax", "팩스" -> "fax";
            case "other", "기타" -> "other";
            default -> text;
        };
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (!Strings.isBlank(value)) {
                return value.strip();
            }
        }
        return null;
    }
}
