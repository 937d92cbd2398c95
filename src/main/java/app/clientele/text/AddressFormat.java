package app.clientele.text;

import app.clientele.domain.PostalAddress;
import app.clientele.domain.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lays out a postal address for an envelope or a label in its country's order. Korean addresses go
 * from the large to the small (postcode; province, city and road address; unit), Western ones from
 * the street to the country.
 */
public final class AddressFormat {
    private static final Set<String> KOREA = Set.of("대한민국", "한국", "south korea", "korea", "republic of korea", "kr", "kor");

    private AddressFormat() {
    }

    /** Whether the address is written the Korean way: a Korean country, or Hangul and no country. */
    public static boolean isKorean(PostalAddress address) {
        String country = Strings.trimToEmpty(address.country()).toLowerCase(Locale.ROOT);
        if (!country.isEmpty()) {
            return KOREA.contains(country);
        }
        return Stream.of(address.street(), address.city(), address.region())
                .filter(Objects::nonNull)
                .anyMatch(part -> part.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL));
    }

    /**
     * The lines to print. {@code abroad} adds the country line, which a letter posted inside its
     * own country leaves out.
     */
    public static List<String> lines(PostalAddress address, boolean abroad) {
        List<String> lines = new ArrayList<>();
        if (isKorean(address)) {
            add(lines, address.postcode());
            add(lines, join(" ", address.region(), address.city(), address.street()));
            add(lines, address.unit());
            if (address.jibun() != null) {
                add(lines, "(" + address.jibun() + ")");
            }
        } else {
            add(lines, address.street());
            add(lines, address.unit());
            add(lines, join(" ", join(", ", address.city(), address.region()), address.postcode()));
        }
        if (abroad) {
            add(lines, address.country());
        }
        return lines;
    }

    /** One line, for lists and tables. */
    public static String singleLine(PostalAddress address) {
        return String.join(", ", lines(address, false));
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(part -> !Strings.isBlank(part)).collect(Collectors.joining(separator));
    }

    private static void add(List<String> lines, String line) {
        if (!Strings.isBlank(line)) {
            lines.add(line.strip());
        }
    }
}
