package app.clientele.exchange;

import app.clientele.domain.CustomField;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Recognises which layout a CSV header belongs to. */
final class CsvLayouts {
    private CsvLayouts() {
    }

    /** A column name compared without case, accents, spaces or punctuation: "E-mail Address" is "emailaddress". */
    static String columnKey(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFKC);
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "");
    }

    /** The layout a header belongs to, or {@link CsvKind#OTHER} for a header that needs a column mapping. */
    static CsvKind recognise(List<String> header) {
        Set<String> columns = header.stream().map(CsvLayouts::columnKey).collect(Collectors.toSet());
        if (columns.containsAll(keys("Display Name", "Customer Type", "Emails", "Phones"))) {
            return CsvKind.CLIENTELE;
        }
        if (columns.containsAll(keys("First Name", "Last Name"))
                && (columns.contains(columnKey("E-mail 1 - Label")) || columns.contains(columnKey("Phone 1 - Label"))
                        || columns.contains(columnKey("Organization Name")))) {
            return CsvKind.GOOGLE;
        }
        if (columns.containsAll(keys("Given Name", "Family Name"))
                && (columns.contains(columnKey("E-mail 1 - Type")) || columns.contains(columnKey("Group Membership")))) {
            return CsvKind.GOOGLE_LEGACY;
        }
        if (columns.containsAll(keys("First Name", "Last Name"))
                && (columns.contains(columnKey("E-mail Address")) || columns.contains(columnKey("Mobile Phone"))
                        || columns.contains(columnKey("Business Phone")))) {
            return CsvKind.OUTLOOK;
        }
        return CsvKind.OTHER;
    }

    private static List<String> keys(String... names) {
        return java.util.Arrays.stream(names).map(CsvLayouts::columnKey).toList();
    }

    /** The layout for a recognised kind; {@link CsvKind#OTHER} needs a mapping instead. */
    static CsvLayout layout(CsvKind kind, List<CustomField> fields) {
        return switch (kind) {
            case CLIENTELE -> new OwnCsvLayout(fields);
            case GOOGLE -> GoogleCsvLayout.current();
            case GOOGLE_LEGACY -> GoogleCsvLayout.legacy();
            case OUTLOOK -> new OutlookCsvLayout();
            case OTHER -> throw new IllegalArgumentException("a file in no known layout needs a column mapping");
        };
    }
}
