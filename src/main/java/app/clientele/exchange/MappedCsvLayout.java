package app.clientele.exchange;

import app.clientele.domain.Client;
import java.util.Arrays;
import java.util.List;

/** Any CSV file, read through a mapping from each column to a contact field that the user checked. */
final class MappedCsvLayout implements CsvLayout {
    private final List<ColumnTarget> mapping;

    MappedCsvLayout(List<ColumnTarget> mapping) {
        this.mapping = List.copyOf(mapping);
    }

    @Override
    public List<String> header() {
        return List.of();
    }

    @Override
    public List<String> write(Client client) {
        throw new UnsupportedOperationException("a mapped layout is for reading only");
    }

    @Override
    public ContactRecord read(CsvRow row) {
        ContactBuilder contact = new ContactBuilder(row.where());
        for (int i = 0; i < Math.min(mapping.size(), row.width()); i++) {
            String value = row.at(i);
            if (value == null) {
                continue;
            }
            String column = row.columnName(i);
            if (mapping.get(i) instanceof ColumnTarget.Custom custom) {
                contact.custom(custom.field(), column, value);
                continue;
            }
            ContactField field = (ContactField) mapping.get(i);
            List<String> values = field.isMultiValued() ? split(value) : List.of(value);
            switch (field) {
                case DISPLAY_NAME -> contact.displayName = value;
                case FAMILY_NAME -> contact.familyName = value;
                case GIVEN_NAME -> contact.givenName = value;
                case HONORIFIC -> contact.honorific = value;
                case NICKNAME -> contact.nickname = value;
                case ORGANISATION -> contact.organisation = value;
                case JOB_TITLE -> contact.jobTitle = value;
                case EMAIL, WORK_EMAIL, HOME_EMAIL -> values.forEach(v -> contact.email(column, field.label(), v));
                case PHONE, MOBILE_PHONE, WORK_PHONE, HOME_PHONE, FAX ->
                        values.forEach(v -> contact.phone(column, field.label(), v));
                case STREET -> contact.street = value;
                case UNIT -> contact.unit = value;
                case CITY -> contact.city = value;
                case REGION -> contact.region = value;
                case POSTCODE -> contact.postcode = value;
                case COUNTRY -> contact.country = value;
                case BIRTHDAY -> contact.birthday(column, value);
                case TAGS -> contact.tags(values);
                case NOTES -> contact.notes = contact.notes == null ? value : contact.notes + "\n" + value;
                case SOURCE -> contact.source = value;
                case ACCOUNT_OWNER -> contact.accountOwner = value;
                case IGNORE -> { }
            }
        }
        return contact.build(false);
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(" ?::: ?|;")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
