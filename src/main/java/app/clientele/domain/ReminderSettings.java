package app.clientele.domain;

import java.util.Objects;

/**
 * The firm's reminder settings, kept with its data: the default lead time, where 29 February
 * (and missing lunar days) go, and its own greeting templates in English and Korean (null for the
 * built-in ones). {@code version} guards against overwriting a newer edit.
 */
public record ReminderSettings(int version, LeadTime defaultLeadTime, MissingDayRule missingDayRule,
                               GreetingTemplate englishGreeting, GreetingTemplate koreanGreeting) {
    public static final ReminderSettings DEFAULTS = new ReminderSettings(0, LeadTime.DEFAULT,
            MissingDayRule.DAY_BEFORE, null, null);

    public ReminderSettings {
        defaultLeadTime = Objects.requireNonNullElse(defaultLeadTime, LeadTime.DEFAULT);
        missingDayRule = Objects.requireNonNullElse(missingDayRule, MissingDayRule.DAY_BEFORE);
    }

    public ReminderSettings withVersion(int newVersion) {
        return new ReminderSettings(newVersion, defaultLeadTime, missingDayRule, englishGreeting, koreanGreeting);
    }
}
