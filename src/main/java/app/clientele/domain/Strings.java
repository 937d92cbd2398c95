package app.clientele.domain;

/** Small text helpers the records share. */
public final class Strings {
    private Strings() {
    }

    public static String trimToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** Null for blank input, the stripped text otherwise: optional fields are stored as null. */
    public static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
