package app.clientele.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of value a firm's own field holds. Values are kept as canonical text: plain text, a
 * plain decimal ("1234.5"), an ISO date ("2027-03-01"), "true" for yes, or one of a choice list's
 * values. "No" is kept as no value at all.
 */
public enum CustomFieldType {
    TEXT,
    NUMBER,
    DATE,
    YES_NO,
    CHOICE;

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final String YES = "true";
    private static final int MAX_NUMBER_DIGITS = 30;
    /** 2027-03-01, 2027.3.1, 2027. 3. 1. (as Koreans write dates) and 2027/03/01. */
    private static final Pattern DATE_PATTERN = Pattern.compile("(\\d{4})\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})\\.?");
    private static final List<String> YES_WORDS = List.of("true", "yes", "y", "1", "예", "네", "o");
    private static final List<String> NO_WORDS = List.of("false", "no", "n", "0", "아니요", "아니오", "x");

    /**
     * The canonical form of a value typed or read from a file; null when it is blank or (for yes/no)
     * means no. Choice lists are checked by {@link CustomField#normalise}.
     *
     * @throws IllegalArgumentException when the text is no value of this type
     */
    public String normalise(String text) {
        String value = Strings.blankToNull(text);
        if (value == null) {
            return null;
        }
        switch (this) {
            case NUMBER -> {
                return number(value);
            }
            case DATE -> {
                return date(value).toString();
            }
            case YES_NO -> {
                String word = value.toLowerCase(Locale.ROOT);
                if (YES_WORDS.contains(word)) {
                    return YES;
                }
                if (NO_WORDS.contains(word)) {
                    return null;
                }
                throw new IllegalArgumentException("not yes or no");
            }
            default -> {
                if (value.length() > MAX_TEXT_LENGTH) {
                    throw new IllegalArgumentException("text longer than " + MAX_TEXT_LENGTH);
                }
                return value;
            }
        }
    }

    /** "1,234.50" is 1234.5: grouping commas and spaces are dropped, trailing zeros too. */
    private static String number(String text) {
        String plain = text.replace(",", "").replaceAll("\\s+", "");
        BigDecimal number = new BigDecimal(plain);
        if (number.precision() > MAX_NUMBER_DIGITS) {
            throw new IllegalArgumentException("number too long");
        }
        return number.stripTrailingZeros().toPlainString();
    }

    /** A date written year first; refuses days that do not exist (31 April). */
    public static LocalDate date(String text) {
        Matcher parts = DATE_PATTERN.matcher(text.strip());
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a date written year, month, day");
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
        } catch (DateTimeException impossible) {
            throw new IllegalArgumentException("no such day", impossible);
        }
    }

    /** Whether the search box finds clients by values of this type ("2027-03" finds March 2027); a yes is no word. */
    public boolean searchable() {
        return this != YES_NO;
    }
}
