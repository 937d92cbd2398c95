package app.clientele.reminders;

import app.clientele.domain.ContactDetails;
import app.clientele.domain.Household;
import app.clientele.domain.HouseholdMailing;
import app.clientele.domain.PostalAddress;
import java.util.Map;
import app.clientele.text.AddressFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Address labels as a PDF for a sheet of sticky labels. Each label holds the client's name and
 * postal address in their country's order: a Korean address goes postcode; province, city and road
 * address; unit; then the name, a Western one name first. Text is set in NanumSquare (SIL Open
 * Font License, bundled), embedded as a subset so Hangul prints anywhere; a line too long for the
 * label is wrapped, and the text is made smaller until the label holds it all.
 */
public final class AddressLabels {
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final String FONT = "/app/clientele/fonts/NanumSquareR.ttf";
    private static final float LARGEST_TEXT = 10f;
    private static final float SMALLEST_TEXT = 6.5f;

    /**
     * A label sheet: its grid, the label size and the margins to the first label, in millimetres.
     * Gaps are the space between neighbouring labels.
     */
    public record Sheet(String name, int columns, int rows, float labelWidth, float labelHeight, float marginLeft,
                        float marginTop, float gapX, float gapY, float padding) {
        /** A4, 3 × 8 labels of 70 × 37 mm touching each other (e.g. Avery 3474, Herma 4453, 폼텍 LS-3130 type). */
        public static final Sheet A4_3X8 = new Sheet("A4 3×8 (70×37 mm)", 3, 8, 70f, 37f, 0f, 0.5f, 0f, 0f, 5f);

        public int perPage() {
            return columns * rows;
        }
    }

    /** One label: the name the letter is addressed to and the postal address. */
    public record Label(String name, PostalAddress address) {
    }

    /** How a client alone is addressed on a label. */
    public static String nameOf(ContactDetails client) {
        // A Korean name takes its honorific after it ("박민수 대표님"), a Western one its title before the full name.
        return client.name().isKorean() || client.name().honorific() == null
                ? Greeting.addressedAs(client.name()) : client.name().honorific() + " " + client.displayName();
    }

    /** A label for each client, at their own address. */
    public static List<Label> of(List<ContactDetails> clients) {
        return clients.stream().map(client -> new Label(nameOf(client), client.address())).toList();
    }

    /**
     * One label per household among the clients (to its main contact's address, addressed to the
     * household), and one per client who lives alone or whose household is not on the list.
     */
    public static List<Label> forHouseholds(List<ContactDetails> clients, Map<Long, Household> households) {
        return HouseholdMailing.letters(clients, ContactDetails::id, AddressLabels::nameOf, households).stream()
                .map(letter -> new Label(letter.addressedTo(), letter.addressOf().address()))
                .filter(label -> !label.address().isEmpty())
                .toList();
    }

    /** What one label says, line by line. */
    public static List<String> lines(Label label) {
        List<String> lines = new ArrayList<>();
        List<String> address = AddressFormat.lines(label.address(), false);
        if (AddressFormat.isKorean(label.address())) {
            lines.addAll(address);
            lines.add(label.name());
        } else {
            lines.add(label.name());
            lines.addAll(address);
        }
        return lines;
    }

    private AddressLabels() {
    }

    public static void write(OutputStream out, List<Label> labels, Sheet sheet) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream fontFile = AddressLabels.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IOException("the label font is missing from the application");
            }
            PDFont font = PDType0Font.load(document, fontFile, true);
            PDPageContentStream page = null;
            try {
                for (int i = 0; i < labels.size(); i++) {
                    int onPage = i % sheet.perPage();
                    if (onPage == 0) {
                        if (page != null) {
                            page.close();
                        }
                        PDPage next = new PDPage(PDRectangle.A4);
                        document.addPage(next);
                        page = new PDPageContentStream(document, next);
                    }
                    float left = mm(sheet.marginLeft() + (onPage % sheet.columns()) * (sheet.labelWidth() + sheet.gapX()));
                    float top = PDRectangle.A4.getHeight()
                            - mm(sheet.marginTop() + (onPage / sheet.columns()) * (sheet.labelHeight() + sheet.gapY()));
                    drawLabel(page, font, lines(labels.get(i)), left, top, sheet);
                }
            } finally {
                if (page != null) {
                    page.close();
                }
            }
            if (labels.isEmpty()) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.save(out);
        }
    }

    private static void drawLabel(PDPageContentStream page, PDFont font, List<String> text, float left, float top,
                                  Sheet sheet) throws IOException {
        float width = mm(sheet.labelWidth() - 2 * sheet.padding());
        float height = mm(sheet.labelHeight() - 2 * sheet.padding());
        float size = LARGEST_TEXT;
        List<String> lines = wrap(font, size, text, width);
        while (size > SMALLEST_TEXT && lines.size() * leading(size) > height) {
            size -= 0.5f;
            lines = wrap(font, size, text, width);
        }
        float y = top - mm(sheet.padding()) - size;
        for (String line : lines) {
            if (y < top - mm(sheet.labelHeight()) + mm(sheet.padding()) - 1) {
                break;
            }
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(left + mm(sheet.padding()), y);
            page.showText(line);
            page.endText();
            y -= leading(size);
        }
    }

    /** The lines broken at spaces (or anywhere, for a word too long) to fit the width. */
    static List<String> wrap(PDFont font, float size, List<String> text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > width && rest.length() > 1) {
                    int fit = rest.length() - 1;
                    while (fit > 1 && width(font, size, rest.substring(0, fit)) > width) {
                        fit--;
                    }
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static float leading(float size) {
        return size * 1.3f;
    }

    private static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }
}
