package app.clientele.exchange;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomerType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import app.clientele.domain.Strings;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Kind;
import ezvcard.property.Nickname;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Clients as vCards and back. Names keep family and given apart (N), so Korean names survive;
 * labels that vCard has no type for travel as Apple's and Google's grouped X-ABLabel; a birthday
 * without a year is a partial date in vCard 4.0 and Apple's 1604 form in 3.0. Fields only
 * Clientele has travel as X-CLIENTELE-* properties, which other programs ignore; each value of the
 * firm's own fields is an X-CLIENTELE-FIELD property whose X-NAME parameter names the field (names
 * in any language, which property names cannot hold). Organisations are KIND:org in vCard 4.0 and
 * Apple's X-ABShowAs:COMPANY in 3.0.
 */
final class VCardMapping {
    private static final String AB_LABEL = "X-ABLabel";
    private static final String APPLE_OMIT_YEAR = "X-APPLE-OMIT-YEAR";
    private static final String PREFIX = "X-CLIENTELE-";
    private static final String FIELD = PREFIX + "FIELD";
    private static final String FIELD_NAME = "X-NAME";
    private static final String APPLE_SHOW_AS = "X-ABShowAs";
    private static final String APPLE_COMPANY = "COMPANY";
    private static final List<String> ADDRESS_BOOK_GROUPS = List.of("my contacts", "mycontacts", "starred");

    private VCardMapping() {
    }

    static VCard toVCard(Client client, List<CustomField> fields, VCardVersion version) {
        VCard card = new VCard();
        if (client.isOrganisation()) {
            if (version == VCardVersion.V4_0) {
                card.setKind(Kind.org());
            } else {
                card.addExtendedProperty(APPLE_SHOW_AS, APPLE_COMPANY);
            }
        }
        ClientName name = client.name();
        card.setFormattedName(name.displayName());
        StructuredName structured = new StructuredName();
        structured.setFamily(name.familyName());
        structured.setGiven(name.givenName());
        if (name.honorific() != null) {
            structured.getPrefixes().add(name.honorific());
        }
        card.setStructuredName(structured);
        if (name.nickname() != null) {
            card.setNickname(name.nickname());
        }
        if (client.organisation() != null) {
            card.setOrganization(client.organisation());
        }
        if (client.jobTitle() != null) {
            card.addTitle(client.jobTitle());
        }
        int group = 0;
        for (EmailAddress email : client.emails()) {
            Email property = new Email(email.address());
            EmailType type = switch (email.label()) {
                case "work" -> EmailType.WORK;
                case "home" -> EmailType.HOME;
                default -> null;
            };
            if (type != null) {
                property.getTypes().add(type);
            } else if (!email.label().isEmpty()) {
                labelled(card, property, ++group, email.label());
            }
            if (email.primary() && client.emails().size() > 1) {
                property.setPref(1);
            }
            card.addEmail(property);
        }
        for (PhoneNumber phone : client.phones()) {
            Telephone property = new Telephone(phone.number());
            TelephoneType type = switch (phone.label()) {
                case "mobile" -> TelephoneType.CELL;
                case "work" -> TelephoneType.WORK;
                case "home" -> TelephoneType.HOME;
                case "fax" -> TelephoneType.FAX;
                default -> null;
            };
            if (type != null) {
                property.getTypes().add(type);
            } else if (!phone.label().isEmpty()) {
                labelled(card, property, ++group, phone.label());
            }
            card.addTelephoneNumber(property);
        }
        PostalAddress address = client.address();
        if (!address.isEmpty()) {
            Address adr = new Address();
            adr.setStreetAddress(address.street());
            adr.setExtendedAddress(address.unit());
            adr.setLocality(address.city());
            adr.setRegion(address.region());
            adr.setPostalCode(address.postcode());
            adr.setCountry(address.country());
            adr.getTypes().add(client.segment() == Segment.BUSINESS ? AddressType.WORK : AddressType.HOME);
            card.addAddress(adr);
        }
        writeBirthday(card, client.birthday(), version);
        if (client.notes() != null) {
            card.addNote(client.notes());
        }
        if (!client.tags().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(client.tags());
            card.setCategories(categories);
        }
        extension(card, "NAME-ORDER", name.order().name());
        extension(card, "RELATIONSHIP", client.relationship().name());
        extension(card, "SEGMENT", client.segment().name());
        extension(card, "CUSTOMER-TYPE", client.customerType().name());
        extension(card, "INTERNAL", Boolean.toString(client.internal()));
        extension(card, "JIBUN", client.address().jibun());
        extension(card, "SOURCE", client.source());
        extension(card, "ACCOUNT-OWNER", client.accountOwner());
        extension(card, "ARCHIVED", Boolean.toString(client.archived()));
        for (CustomField field : fields) {
            String value = client.customValues().text(field.id());
            if (value != null) {
                card.addExtendedProperty(FIELD, value).getParameters().put(FIELD_NAME, field.name());
            }
        }
        return card;
    }

    private static void labelled(VCard card, VCardProperty property, int group, String label) {
        property.setGroup("item" + group);
        card.addExtendedProperty(AB_LABEL, label).setGroup("item" + group);
    }

    private static void extension(VCard card, String name, String value) {
        if (value != null) {
            card.addExtendedProperty(PREFIX + name, value);
        }
    }

    /** Lunar birthdays are no Gregorian dates, so they travel only in Clientele's own property. */
    private static void writeBirthday(VCard card, Birthday birthday, VCardVersion version) {
        if (birthday == null) {
            return;
        }
        if (birthday.lunar()) {
            extension(card, "LUNAR-BIRTHDAY", Birthdays.iso(birthday) + (birthday.leapMonth() ? ";leap" : ""));
        } else if (birthday.year() != null) {
            card.setBirthday(new ezvcard.property.Birthday(LocalDate.of(birthday.year(), birthday.month(), birthday.day())));
        } else if (version == VCardVersion.V4_0) {
            card.setBirthday(new ezvcard.property.Birthday(
                    PartialDate.builder().month(birthday.month()).date(birthday.day()).build()));
        } else {
            ezvcard.property.Birthday appleForm = new ezvcard.property.Birthday(
                    LocalDate.of(Birthdays.APPLE_NO_YEAR, birthday.month(), birthday.day()));
            appleForm.getParameters().put(APPLE_OMIT_YEAR, Integer.toString(Birthdays.APPLE_NO_YEAR));
            card.setBirthday(appleForm);
        }
    }

    static ContactRecord read(VCard card, List<CustomField> fields, Where where) {
        ContactBuilder contact = new ContactBuilder(where);
        boolean organisation = card.getKind() != null && card.getKind().isOrg()
                || card.getExtendedProperties(APPLE_SHOW_AS).stream()
                        .anyMatch(showAs -> APPLE_COMPANY.equalsIgnoreCase(Strings.trimToEmpty(showAs.getValue())));
        contact.kind = organisation ? ClientKind.ORGANISATION : null;
        readFields(card, fields, contact);
        if (card.getFormattedName() != null) {
            contact.displayName = card.getFormattedName().getValue();
        }
        StructuredName name = card.getStructuredName();
        if (name != null) {
            contact.familyName = name.getFamily();
            List<String> given = new ArrayList<>();
            given.add(name.getGiven());
            given.addAll(name.getAdditionalNames());
            contact.givenName = Strings.blankToNull(given.stream().filter(Objects::nonNull).collect(Collectors.joining(" ")));
            contact.honorific = Strings.blankToNull(String.join(" ", name.getPrefixes()));
        }
        Nickname nickname = card.getNickname();
        if (nickname != null && !nickname.getValues().isEmpty()) {
            contact.nickname = nickname.getValues().get(0);
        }
        Organization organization = card.getOrganization();
        if (organization != null) {
            contact.organisation = Strings.blankToNull(organization.getValues().stream()
                    .filter(value -> !Strings.isBlank(value)).collect(Collectors.joining(", ")));
        }
        contact.jobTitle = card.getTitles().stream().map(Title::getValue).filter(Objects::nonNull).findFirst().orElse(null);
        readEmails(card, contact);
        for (Telephone phone : card.getTelephoneNumbers()) {
            String number = phone.getText() != null ? phone.getText()
                    : phone.getUri() == null ? null : phone.getUri().getNumber();
            contact.phone("TEL", label(card, phone, phoneLabel(phone)), number);
        }
        readAddress(card, contact);
        readBirthday(card, contact);
        String notes = card.getNotes().stream().map(Note::getValue).filter(value -> !Strings.isBlank(value))
                .collect(Collectors.joining("\n"));
        contact.notes = Strings.blankToNull(notes);
        card.getCategoriesList().forEach(categories -> contact.tags(categories.getValues().stream()
                .filter(tag -> !ADDRESS_BOOK_GROUPS.contains(Strings.trimToEmpty(tag).toLowerCase(Locale.ROOT)))
                .toList()));
        boolean fromClientele = readExtensions(card, contact);
        return contact.build(fromClientele);
    }

    /** The firm's fields by the names the card gives them; a field this firm does not have goes to the notes. */
    private static void readFields(VCard card, List<CustomField> fields, ContactBuilder contact) {
        for (RawProperty property : card.getExtendedProperties(FIELD)) {
            String name = Strings.trimToEmpty(property.getParameter(FIELD_NAME));
            fields.stream().filter(field -> CustomField.sameName(field.name(), name)).findFirst().ifPresentOrElse(
                    field -> contact.custom(field, name, property.getValue()),
                    () -> contact.unknownField(name, property.getValue()));
        }
    }

    private static void readEmails(VCard card, ContactBuilder contact) {
        String primary = null;
        int bestPref = Integer.MAX_VALUE;
        for (Email email : card.getEmails()) {
            String label = label(card, email, email.getTypes().contains(EmailType.WORK) ? "work"
                    : email.getTypes().contains(EmailType.HOME) ? "home" : "");
            contact.email("EMAIL", label, email.getValue());
            Integer pref = email.getPref();
            boolean preferred = pref != null || email.getTypes().contains(EmailType.PREF);
            int rank = pref != null ? pref : 100;
            if (preferred && rank < bestPref) {
                bestPref = rank;
                primary = email.getValue();
            }
        }
        if (primary != null) {
            contact.primaryEmail(primary);
        }
    }

    private static String phoneLabel(Telephone phone) {
        var types = phone.getTypes();
        if (types.contains(TelephoneType.FAX)) {
            return "fax";
        }
        if (types.contains(TelephoneType.CELL) || types.contains(TelephoneType.get("iphone"))) {
            return "mobile";
        }
        if (types.contains(TelephoneType.WORK)) {
            return "work";
        }
        if (types.contains(TelephoneType.HOME)) {
            return "home";
        }
        return types.stream().filter(type -> type != TelephoneType.VOICE && type != TelephoneType.PREF)
                .map(TelephoneType::getValue).findFirst().orElse("");
    }

    /** The label Apple and Google give a grouped property (item1.EMAIL + item1.X-ABLabel), else the fallback. */
    private static String label(VCard card, VCardProperty property, String fallback) {
        if (property.getGroup() == null) {
            return fallback;
        }
        return card.getExtendedProperties(AB_LABEL).stream()
                .filter(label -> property.getGroup().equalsIgnoreCase(label.getGroup()))
                .map(RawProperty::getValue).filter(value -> !Strings.isBlank(value))
                .findFirst().orElse(fallback);
    }

    /** The preferred (else the first) address; the others are kept in the notes. */
    private static void readAddress(VCard card, ContactBuilder contact) {
        List<Address> addresses = new ArrayList<>(card.getAddresses());
        if (addresses.isEmpty()) {
            return;
        }
        addresses.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        Address first = addresses.get(0);
        contact.street = Strings.blankToNull(String.join(", ", first.getStreetAddresses()));
        List<String> unit = new ArrayList<>(first.getExtendedAddresses());
        unit.addAll(first.getPoBoxes());
        contact.unit = Strings.blankToNull(String.join(", ", unit));
        contact.city = first.getLocality();
        contact.region = first.getRegion();
        contact.postcode = first.getPostalCode();
        contact.country = first.getCountry();
        if (first.getTypes().contains(AddressType.WORK)) {
            contact.segment = Segment.BUSINESS;
        }
        for (Address other : addresses.subList(1, addresses.size())) {
            String text = java.util.stream.Stream.of(String.join(", ", other.getStreetAddresses()),
                            String.join(", ", other.getExtendedAddresses()), other.getLocality(), other.getRegion(),
                            other.getPostalCode(), other.getCountry())
                    .filter(part -> !Strings.isBlank(part)).collect(Collectors.joining(", "));
            if (!text.isEmpty()) {
                contact.notes = (contact.notes == null ? "" : contact.notes + "\n") + "ADR: " + text;
            }
        }
    }

    private static int rank(Address address) {
        Integer pref = address.getPref();
        if (pref != null) {
            return pref;
        }
        return address.getTypes().contains(AddressType.PREF) ? 1 : 100;
    }

    private static void readBirthday(VCard card, ContactBuilder contact) {
        ezvcard.property.Birthday birthday = card.getBirthday();
        if (birthday == null) {
            // ez-vcard could not read it (a 3.0 "--0322", or no date at all): let our own rules judge.
            card.getExtendedProperties("BDAY").stream().findFirst()
                    .ifPresent(raw -> contact.birthday("BDAY", raw.getValue()));
            return;
        }
        boolean omitYear = birthday.getParameters().get(APPLE_OMIT_YEAR).size() > 0;
        if (birthday.getDate() != null) {
            Temporal date = birthday.getDate();
            Integer year = omitYear ? null : date.get(ChronoField.YEAR);
            contact.birthday("BDAY", iso(year, date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH)));
        } else if (birthday.getPartialDate() != null) {
            PartialDate partial = birthday.getPartialDate();
            if (partial.getMonth() != null && partial.getDate() != null) {
                contact.birthday("BDAY", iso(omitYear ? null : partial.getYear(), partial.getMonth(), partial.getDate()));
            } else {
                contact.birthday("BDAY", partial.toISO8601(true));
            }
        } else if (birthday.getText() != null) {
            contact.birthday("BDAY", birthday.getText());
        }
    }

    private static String iso(Integer year, int month, int day) {
        return year == null ? String.format("--%02d-%02d", month, day) : String.format("%04d-%02d-%02d", year, month, day);
    }

    /** Reads Clientele's own properties; true when the card was written by Clientele. */
    private static boolean readExtensions(VCard card, ContactBuilder contact) {
        String order = extension(card, "NAME-ORDER");
        if (order == null) {
            return false;
        }
        contact.nameOrder = parse(NameOrder.class, order);
        contact.relationship = parse(Relationship.class, extension(card, "RELATIONSHIP"));
        contact.segment = parse(Segment.class, extension(card, "SEGMENT"));
        contact.customerType = parse(CustomerType.class, extension(card, "CUSTOMER-TYPE"));
        contact.internal = Boolean.parseBoolean(extension(card, "INTERNAL"));
        contact.jibun = extension(card, "JIBUN");
        contact.source = extension(card, "SOURCE");
        contact.accountOwner = extension(card, "ACCOUNT-OWNER");
        contact.archived = Boolean.parseBoolean(extension(card, "ARCHIVED"));
        String lunar = extension(card, "LUNAR-BIRTHDAY");
        if (lunar != null) {
            contact.birthday = Birthdays.lunar(lunar.replace(";leap", ""), lunar.endsWith(";leap"));
            if (contact.birthday == null) {
                contact.warn("import.problem.birthday", lunar);
            }
        }
        return true;
    }

    private static String extension(VCard card, String name) {
        RawProperty property = card.getExtendedProperty(PREFIX + name);
        return property == null ? null : Strings.blankToNull(property.getValue());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
