package app.clientele.text;

import app.clientele.domain.Strings;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * Phone numbers as people write them, understood with libphonenumber. Numbers without a country
 * code are read as Korean (Clientele's home region), so 010-1234-5678, 01012345678 and
 * +82 10 1234 5678 are the same number.
 */
public final class Phones {
    /** The region assumed for numbers written without a +country code. */
    public static final String HOME_REGION = "KR";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /**
     * The same key for every way of writing one number: the international number's digits
     * (821012345678). Text that is no phone number keeps just its digits.
     */
    public static String matchKey(String written) {
        return parse(written)
                .map(number -> number.getCountryCode() + Long.toString(number.getNationalNumber()))
                .orElseGet(() -> Strings.digitsOf(Strings.trimToEmpty(written)));
    }

    /**
     * The number laid out as its country writes it: Korean numbers in the national form
     * (010-1234-5678, 02-123-4567), others in the international form (+44 7700 900123). Text that
     * is not a valid number comes back as it was written.
     */
    public static String format(String written) {
        if (written == null) {
            return null;
        }
        return parse(written).filter(UTIL::isValidNumber)
                .map(number -> UTIL.format(number, number.getCountryCode() == UTIL.getCountryCodeForRegion(HOME_REGION)
                        ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL))
                .orElse(written.strip());
    }

    private static Optional<Phonenumber.PhoneNumber> parse(String written) {
        if (Strings.isBlank(written)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UTIL.parse(written, HOME_REGION));
        } catch (NumberParseException notAPhoneNumber) {
            return Optional.empty();
        }
    }
}
