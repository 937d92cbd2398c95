package app.clientele.reminders;

import java.nio.charset.StandardCharsets;

/**
 * A {@code mailto:} link (RFC 6068) that opens the user's mail program with the address, subject
 * and body filled in. Everything but unreserved characters is percent-encoded as UTF-8, line
 * breaks become CRLF, and a space is %20 (never +).
 */
public final class MailtoLink {
    private MailtoLink() {
    }

    public static String of(String to, String subject, String body) {
        StringBuilder link = new StringBuilder("mailto:");
        link.append(encode(to == null ? "" : to.strip(), "@"));
        link.append("?subject=").append(encode(subject, ""));
        link.append("&body=").append(encode(body.replace("\r\n", "\n").replace("\n", "\r\n"), ""));
        return link.toString();
    }

    private static String encode(String text, String alsoAllowed) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0
                    || alsoAllowed.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
