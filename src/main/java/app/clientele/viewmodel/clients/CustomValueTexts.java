package app.clientele.viewmodel.clients;

import app.clientele.domain.CustomField;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Comparator;

/** Values of the firm's own fields as the user reads them (dates and numbers in their locale), and their order. */
public final class CustomValueTexts {
    private final Texts texts;
    private final Dates dates;
    private final Comparator<String> textOrder;

    public CustomValueTexts(Texts texts, Dates dates, Comparator<String> textOrder) {
        this.texts = texts;
        this.dates = dates;
        this.textOrder = textOrder;
    }

    /** A stored (canonical) value as shown in lists; empty for none. */
    public String format(CustomField field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case DATE -> dates.date(LocalDate.parse(value));
            case NUMBER -> {
                NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
                format.setMaximumFractionDigits(10);
                yield format.format(new BigDecimal(value));
            }
            case YES_NO -> texts.get("fields.yes");
            default -> value;
        };
    }

    /** The order of a field's values: numbers by size, dates by time, text as the user's language sorts it; none last. */
    public Comparator<String> order(CustomField field) {
        Comparator<String> values = switch (field.type()) {
            case NUMBER -> Comparator.comparing(BigDecimal::new);
            case DATE, YES_NO -> Comparator.naturalOrder();
            default -> textOrder;
        };
        return Comparator.nullsLast(values);
    }
}
