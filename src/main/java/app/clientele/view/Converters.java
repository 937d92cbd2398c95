package app.clientele.view;

import app.clientele.i18n.Texts;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows enum values, months, contact labels and other values in the user's language in combo boxes. */
public final class Converters {
    private Converters() {
    }

    /** Enum values by their translated names; null shows as {@code nullText}. */
    public static <E extends Enum<E>> StringConverter<E> forEnum(Texts texts, String nullText) {
        return oneWay(value -> value == null ? nullText : texts.of(value));
    }

    /** Any values by a function that names them; null shows as {@code nullText}. */
    public static <T> StringConverter<T> of(Function<T, String> name, String nullText) {
        return oneWay(value -> value == null ? nullText : name.apply(value));
    }

    public static StringConverter<Integer> forMonth(Texts texts) {
        return oneWay(month -> month == null ? "" : Month.of(month).getDisplayName(TextStyle.FULL, texts.locale()));
    }

    public static StringConverter<Integer> forNumber() {
        return oneWay(number -> number == null ? "" : number.toString());
    }

    /**
     * Contact labels are stored as keys ("work", "mobile") and shown translated; anything the user
     * types that is not a known label is kept as typed.
     */
    public static StringConverter<String> forContactLabel(Texts texts, List<String> knownKeys) {
        return new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : texts.has("label." + key) ? texts.get("label." + key) : key;
            }

            @Override
            public String fromString(String text) {
                String stripped = text == null ? "" : text.strip();
                return knownKeys.stream().filter(key -> texts.get("label." + key).equalsIgnoreCase(stripped))
                        .findFirst().orElse(stripped);
            }
        };
    }

    /** Values shown as the function writes them, in combo boxes that are not editable. */
    public static <T> StringConverter<T> oneWay(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("combo boxes using this converter are not editable");
            }
        };
    }
}
