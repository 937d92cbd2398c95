package app.clientele.exchange;

/** Where in a file a contact starts: its line, and for vCard files its card number (0 in CSV files). */
public record Where(int line, int card) {
    public static Where line(int line) {
        return new Where(line, 0);
    }

    public static Where card(int card, int line) {
        return new Where(line, card);
    }

    /** A number that orders contacts in their file and tells them apart: the line they start on. */
    public int position() {
        return line;
    }
}
