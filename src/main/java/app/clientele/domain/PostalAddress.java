package app.clientele.domain;

import java.util.stream.Stream;

/**
 * A postal address in structured fields, so it can be printed in the order its country uses:
 * Korean addresses go from postcode and province down to the unit, Western ones the other way.
 */
public record PostalAddress(String street, String unit, String city, String region, String postcode, String country) {
    public static final PostalAddress EMPTY = new PostalAddress(null, null, null, null, null, null);

    public PostalAddress {
        street = Strings.blankToNull(street);
        unit = Strings.blankToNull(unit);
        city = Strings.blankToNull(city);
        region = Strings.blankToNull(region);
        postcode = Strings.blankToNull(postcode);
        country = Strings.blankToNull(country);
    }

    public boolean isEmpty() {
        return Stream.of(street, unit, city, region, postcode, country).allMatch(part -> part == null);
    }
}
