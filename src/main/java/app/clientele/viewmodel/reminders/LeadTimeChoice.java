package app.clientele.viewmodel.reminders;

import app.clientele.domain.LeadTime;
import app.clientele.i18n.Texts;
import java.util.ArrayList;
import java.util.List;

/** One entry of a lead-time menu: the lead time (null for the firm's default) and its text. */
public record LeadTimeChoice(LeadTime leadTime, String label) {
    @Override
    public String toString() {
        return label;
    }

    /** "14 days before, and on the day", "On the day only", "Never remind me". */
    public static String describe(LeadTime leadTime, Texts texts) {
        if (leadTime.isNever()) {
            return texts.get("reminders.lead.never");
        }
        if (leadTime.daysBefore() == 0) {
            return texts.get("reminders.lead.onTheDay");
        }
        return texts.get(leadTime.onTheDay() ? "reminders.lead.beforeAndOnTheDay" : "reminders.lead.before",
                leadTime.daysBefore());
    }

    /** The standard lead times, with "Default (…)" first when {@code withDefault} is given. */
    public static List<LeadTimeChoice> choices(Texts texts, LeadTime firmDefault) {
        List<LeadTimeChoice> choices = new ArrayList<>();
        if (firmDefault != null) {
            choices.add(new LeadTimeChoice(null, texts.get("reminders.lead.default", describe(firmDefault, texts))));
        }
        LeadTime.CHOICES.forEach(leadTime -> choices.add(new LeadTimeChoice(leadTime, describe(leadTime, texts))));
        return choices;
    }
}
