package app.clientele.viewmodel.reminders;

import app.clientele.domain.Birthday;
import app.clientele.i18n.Texts;
import app.clientele.reminders.UpcomingBirthday;
import app.clientele.viewmodel.Dates;
import java.time.LocalDate;
import java.time.format.TextStyle;

/** How a coming birthday is put into words: "Turns 60 on Friday", "Lunar 8/15", "Last contact 3 days ago". */
public final class BirthdayTexts {
    private final Texts texts;
    private final Dates dates;

    public BirthdayTexts(Texts texts, Dates dates) {
        this.texts = texts;
        this.dates = dates;
    }

    /** "today", "tomorrow", "on Friday" within a week, else "on 12 Dec 2026 (in 20 days)". */
    public String when(LocalDate day, LocalDate today) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, day);
        if (days == 0) {
            return texts.get("reminders.when.today");
        }
        if (days == 1) {
            return texts.get("reminders.when.tomorrow");
        }
        if (days > 1 && days < 7) {
            return texts.get("reminders.when.weekday", day.getDayOfWeek().getDisplayName(TextStyle.FULL, texts.locale()));
        }
        return texts.get("reminders.when.date", dates.date(day), days);
    }

    /** What the reminder says: "Turns 60 on Friday", or "Birthday tomorrow" when the age is unknown. */
    public String reminder(UpcomingBirthday birthday, LocalDate today) {
        String when = when(birthday.date(), today);
        return birthday.age() == null ? texts.get("reminders.birthday", when)
                : texts.get("reminders.turns", birthday.age(), when);
    }

    /** "Lunar 8/15" ("음력 8월 15일") for a lunar birthday, empty for a solar one. */
    public String lunar(Birthday birthday) {
        if (birthday == null || !birthday.lunar()) {
            return "";
        }
        return texts.get(birthday.leapMonth() ? "reminders.lunarDate.leap" : "reminders.lunarDate",
                birthday.month(), birthday.day());
    }

    /** "Last contact 12 Mar 2026", or "No contact yet". */
    public String lastContact(java.time.Instant lastContact) {
        return lastContact == null ? texts.get("reminders.lastContact.never")
                : texts.get("reminders.lastContact", dates.date(dates.dayOf(lastContact)));
    }
}
