package app.clientele.exchange;

import app.clientele.domain.Birthday;
import app.clientele.domain.Strings;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birthdays as contact files write them: ISO dates with or without a year (1980-03-22, --03-22,
 * 19800322, --0322), Korean dotted dates (1980. 3. 22.), Outlook's US month/day/year and European
 * day.month.year. Apple writes a year-less date with the year 1604.
 */
final class Birthdays {
    /** Apple Contacts' stand-in year for a birthday without one. */
    static final int APPLE_NO_YEAR = 1604;
    private static final List<Format> FORMATS = List.of(
            new Format("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?", 1, 2, 3),
            new Format("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?", 1, 2, 3),
            new Format("--(\\d{2})-?(\\d{2})", 0, 1, 2),
            new Format("(\\d{4})\\s*[./]\\s*(\\d{1,2})\\s*[./]\\s*(\\d{1,2})\\.?", 1, 2, 3),
            new Format("(\\d{1,2})/(\\d{1,2})/(\\d{4})", 3, 1, 2),
            new Format("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})", 3, 2, 1));
    private static final Pattern LUNAR = Pattern.compile("(?:(\\d{4})|-)-(\\d{2})-(\\d{2})");
    /** Outlook writes this for "no birthday". */
    private static final Pattern OUTLOOK_NONE = Pattern.compile("0{1,2}/0{1,2}/0{2,4}");

    private Birthdays() {
    }

    /** The birthday a text means; empty for blank text; null when the text is no date at all. */
    static Optional<Birthday> parse(String text) {
        String value = Strings.trimToEmpty(text);
        if (value.isEmpty() || OUTLOOK_NONE.matcher(value).matches()) {
            return Optional.empty();
        }
        for (Format format : FORMATS) {
            Matcher parts = format.pattern.matcher(value);
            if (parts.matches()) {
                Integer year = format.year == 0 ? null : Integer.valueOf(parts.group(format.year));
                if (year != null && year == APPLE_NO_YEAR) {
                    year = null;
                }
                int month = Integer.parseInt(parts.group(format.month));
                int day = Integer.parseInt(parts.group(format.day));
                return Birthday.isValid(month, day, year, false)
                        ? Optional.of(Birthday.solar(month, day, year)) : null;
            }
        }
        return null;
    }

    /** A lunar birthday written in ISO form (1966-08-15 or --08-15); null when the text is no such date. */
    static Birthday lunar(String text, boolean leapMonth) {
        Matcher parts = LUNAR.matcher(Strings.trimToEmpty(text));
        if (!parts.matches()) {
            return null;
        }
        Integer year = parts.group(1) == null ? null : Integer.valueOf(parts.group(1));
        int month = Integer.parseInt(parts.group(2));
        int day = Integer.parseInt(parts.group(3));
        return Birthday.isValid(month, day, year, true) ? new Birthday(month, day, year, true, leapMonth) : null;
    }

    /**
     * ISO 8601 text: 1980-03-22, or --03-22 without a year. Built by hand: String.format parses its
     * pattern on every call, which showed in the profile of a large export.
     */
    static String iso(Birthday birthday) {
        StringBuilder text = new StringBuilder(10);
        if (birthday.year() == null) {
            text.append("--");
        } else {
            zeroPadded(text, birthday.year(), 4).append('-');
        }
        zeroPadded(text, birthday.month(), 2).append('-');
        return zeroPadded(text, birthday.day(), 2).toString();
    }

    /** A birthday's year, month or day (never negative) with leading zeros to the width. */
    private static StringBuilder zeroPadded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        text.append("0".repeat(Math.max(0, width - digits.length())));
        return text.append(digits);
    }

    private record Format(Pattern pattern, int year, int month, int day) {
        Format(String regex, int year, int month, int day) {
            this(Pattern.compile(regex), year, month, day);
        }
    }
}
