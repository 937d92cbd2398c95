package app.clientele.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user's language: every visible string comes from {@code i18n/messages*.properties}. */
public final class Texts {
    public static final String BUNDLE = "app.clientele.i18n.messages";
    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The text for a key with {0}-style arguments filled in for the user's locale. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** An enum value's label: the key is the enum's simple name and constant, e.g. {@code Relationship.CLIENT}. */
    public String of(Enum<?> value) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
