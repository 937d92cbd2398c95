package app.clientele.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Everything Clientele keeps about one client: a person or an organisation, with the values of the
 * firm's own fields. A new, unsaved client has no id; {@code version} counts saves and guards
 * against overwriting someone else's newer edit. Organisations are always in the Business segment.
 * {@code createdBy} and {@code updatedBy} name the users who made it and changed it last, as the
 * database recorded them (null before it was stored, and for clients from before names were kept).
 */
public record Client(
        Long id,
        int version,
        ClientName name,
        String organisation,
        String jobTitle,
        Relationship relationship,
        Segment segment,
        boolean internal,
        CustomerType customerType,
        List<EmailAddress> emails,
        List<PhoneNumber> phones,
        PostalAddress address,
        Birthday birthday,
        List<String> tags,
        String source,
        String accountOwner,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        boolean archived,
        ClientKind kind,
        CustomValues customValues,
        String createdBy,
        String updatedBy) {

    public Client {
        Objects.requireNonNull(name, "name");
        organisation = Strings.blankToNull(organisation);
        jobTitle = Strings.blankToNull(jobTitle);
        relationship = Objects.requireNonNullElse(relationship, Relationship.CLIENT);
        segment = Objects.requireNonNullElse(segment, Segment.INDIVIDUAL);
        customerType = Objects.requireNonNullElse(customerType, CustomerType.NEW);
        emails = withOnePrimary(emails == null ? List.of() : emails);
        phones = List.copyOf(phones == null ? List.of() : phones);
        address = Objects.requireNonNullElse(address, PostalAddress.EMPTY);
        tags = normaliseTags(tags);
        source = Strings.blankToNull(source);
        accountOwner = Strings.blankToNull(accountOwner);
        notes = Strings.blankToNull(notes);
        kind = Objects.requireNonNullElse(kind, ClientKind.PERSON);
        if (kind == ClientKind.ORGANISATION) {
            segment = Segment.BUSINESS;
        }
        customValues = Objects.requireNonNullElse(customValues, CustomValues.NONE);
        createdBy = Strings.blankToNull(createdBy);
        updatedBy = Strings.blankToNull(updatedBy);
    }

    /** A client as the user describes it, before the database records who made and changed it. */
    public Client(Long id, int version, ClientName name, String organisation, String jobTitle,
                  Relationship relationship, Segment segment, boolean internal, CustomerType customerType,
                  List<EmailAddress> emails, List<PhoneNumber> phones, PostalAddress address, Birthday birthday,
                  List<String> tags, String source, String accountOwner, String notes, Instant createdAt,
                  Instant updatedAt, boolean archived, ClientKind kind, CustomValues customValues) {
        this(id, version, name, organisation, jobTitle, relationship, segment, internal, customerType, emails, phones,
                address, birthday, tags, source, accountOwner, notes, createdAt, updatedAt, archived, kind,
                customValues, null, null);
    }

    /** A new client with just a name and defaults everywhere else. */
    public static Client named(String displayName) {
        return new Client(null, 0, ClientName.of(displayName), null, null, null, null, false, null,
                List.of(), List.of(), null, null, List.of(), null, null, null, null, null, false, null, null);
    }

    public String displayName() {
        return name.displayName();
    }

    public Optional<EmailAddress> primaryEmail() {
        return emails.stream().filter(EmailAddress::primary).findFirst();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isOrganisation() {
        return kind == ClientKind.ORGANISATION;
    }

    public Client withId(long newId, int newVersion, Instant created, Instant updated) {
        return new Client(newId, newVersion, name, organisation, jobTitle, relationship, segment, internal,
                customerType, emails, phones, address, birthday, tags, source, accountOwner, notes,
                created, updated, archived, kind, customValues, createdBy, updatedBy);
    }

    /** The same client with who made it and who changed it last. */
    public Client withAuthors(String creator, String lastEditor) {
        return new Client(id, version, name, organisation, jobTitle, relationship, segment, internal,
                customerType, emails, phones, address, birthday, tags, source, accountOwner, notes,
                createdAt, updatedAt, archived, kind, customValues, creator, lastEditor);
    }

    /** The same edit, to be saved over the stored version {@code storedVersion} (overwriting someone else's). */
    public Client withVersion(int storedVersion) {
        return new Client(id, storedVersion, name, organisation, jobTitle, relationship, segment, internal,
                customerType, emails, phones, address, birthday, tags, source, accountOwner, notes,
                createdAt, updatedAt, archived, kind, customValues, createdBy, updatedBy);
    }

    /** The same details as a client not stored yet (when the stored one was deleted meanwhile). */
    public Client asNew() {
        return new Client(null, 0, name, organisation, jobTitle, relationship, segment, internal, customerType, emails,
                phones, address, birthday, tags, source, accountOwner, notes, null, null, archived, kind, customValues);
    }

    public Client withArchived(boolean isArchived) {
        return new Client(id, version, name, organisation, jobTitle, relationship, segment, internal,
                customerType, emails, phones, address, birthday, tags, source, accountOwner, notes,
                createdAt, updatedAt, isArchived, kind, customValues, createdBy, updatedBy);
    }

    /** Exactly one primary address when there are any: the first marked one, else the first. */
    private static List<EmailAddress> withOnePrimary(List<EmailAddress> emails) {
        int primaryIndex = 0;
        for (int i = 0; i < emails.size(); i++) {
            if (emails.get(i).primary()) {
                primaryIndex = i;
                break;
            }
        }
        final int chosen = primaryIndex;
        return IntStream.range(0, emails.size())
                .mapToObj(i -> emails.get(i).withPrimary(i == chosen))
                .toList();
    }

    /** Tags are trimmed, never blank, unique and kept in a stable order. */
    private static List<String> normaliseTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        TreeSet<String> unique = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        tags.stream().map(Strings::blankToNull).filter(Objects::nonNull).forEach(unique::add);
        return List.copyOf(unique);
    }
}
