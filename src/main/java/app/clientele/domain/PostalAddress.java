package app.clientele.domain;

import java.util.stream.Stream;

/**
 * A postal address in structured fields, so it can be printed in the order its country uses:
 * Korean addresses go from postcode and province down to the unit, Western ones the other way.
 * For Korean addresses {@code street} holds the road-name address (도로명주소, "세종대로 110") and
 * {@code jibun} the optional lot-number form (지번, "태평로1가 31").
 */
public record PostalAddress(String street, String unit, String city, String region, String postcode, String country,
                            String jibun) {
    public static final PostalAddress EMPTY = new PostalAddress(null, null, null, null, null, null, null);

    public PostalAddress(String street, String unit, String city, String region, String postcode, String country) {
        this(street, unit, city, region, postcode, country, null);
    }

    public PostalAddress {
        street = Strings.blankToNull(street);
        unit = Strings.blankToNull(unit);
        city = Strings.blankToNull(city);
        region = Strings.blankToNull(region);
        postcode = Strings.blankToNull(postcode);
        country = Strings.blankToNull(country);
        jibun = Strings.blankToNull(jibun);
    }

    public boolean isEmpty() {
        return Stream.of(street, unit, city, region, postcode, country, jibun).allMatch(part -> part == null);
    }
}
