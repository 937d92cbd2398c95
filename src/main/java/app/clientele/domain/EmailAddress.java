package app.clientele.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** One of a client's email addresses, with a label such as "work" and whether it is the primary one. */
public record EmailAddress(String label, String address, boolean primary) {
    public static final int MAX_LENGTH = 254;
    // Pragmatic rather than RFC 5322 complete: one @, no spaces, a dotted domain without empty labels.
    private static final Pattern WELL_FORMED = Pattern.compile(
            "[^\\s@\"(),:;<>\\[\\]\\\\]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    public EmailAddress {
        label = Strings.trimToEmpty(label);
        address = Strings.trimToEmpty(address);
        if (!isWellFormed(address)) {
            throw new IllegalArgumentException("malformed email address");
        }
    }

    public static boolean isWellFormed(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return false;
        }
        String trimmed = address.trim();
        return WELL_FORMED.matcher(trimmed).matches()
                && !trimmed.startsWith(".")
                && !trimmed.contains("..")
                && !trimmed.contains(".@");
    }

    /** The form used to recognise the same address written differently. */
    public String matchKey() {
        return address.toLowerCase(Locale.ROOT);
    }

    public EmailAddress withPrimary(boolean isPrimary) {
        return Objects.equals(primary, isPrimary) ? this : new EmailAddress(label, address, isPrimary);
    }
}
