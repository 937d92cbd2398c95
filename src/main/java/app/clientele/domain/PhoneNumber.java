package app.clientele.domain;

import java.util.regex.Pattern;

/** One of a client's phone numbers, with a label such as "mobile". Kept as the user wrote it. */
public record PhoneNumber(String label, String number) {
    public static final int MAX_LENGTH = 40;
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[0-9+()\\-./ ]+");

    public PhoneNumber {
        label = Strings.trimToEmpty(label);
        number = Strings.trimToEmpty(number);
        if (!isWellFormed(number)) {
            throw new IllegalArgumentException("malformed phone number");
        }
    }

    /** Only digits and the characters people write between them, with at least three digits. */
    public static boolean isWellFormed(String number) {
        if (number == null) {
            return false;
        }
        String trimmed = number.trim();
        return trimmed.length() <= MAX_LENGTH
                && PHONE_CHARACTERS.matcher(trimmed).matches()
                && trimmed.chars().filter(Character::isDigit).count() >= 3
                && trimmed.lastIndexOf('+') <= 0;
    }

    /** The digits alone: "010-1234-5678" and "010 1234 5678" share "01012345678". */
    public String digits() {
        return Strings.digitsOf(number);
    }

    /**
     * The form used to recognise the same number written differently: its digits as dialled
     * inside the country, so "+82 10-1234-5678" and "010 1234 5678" share "01012345678".
     */
    public String matchKey() {
        return SearchText.nationalDigits(number);
    }
}
