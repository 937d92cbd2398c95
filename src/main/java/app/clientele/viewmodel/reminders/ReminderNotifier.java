package app.clientele.viewmodel.reminders;

import app.clientele.domain.CardSent;
import app.clientele.domain.FollowUpRepository;
import app.clientele.domain.ReminderRepository;
import app.clientele.i18n.Texts;
import app.clientele.reminders.BirthdayReminders;
import app.clientele.reminders.UpcomingBirthday;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Decides what the reminder notification says, once a day: birthdays in the next seven days,
 * cards due and not sent, and overdue follow-ups. {@link #noticeProperty()} changes to a new
 * notice when there is something to say; the window shows it.
 */
public final class ReminderNotifier {
    private final ReminderRepository reminders;
    private final FollowUpRepository followUps;
    private final Texts texts;
    private final Dates dates;
    private final BooleanProperty enabled;
    private final BusyRunner runner;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private LocalDate lastChecked;

    /** What to tell the user, and the counts it is made of. */
    public record Notice(LocalDate day, int birthdays, int cardsToSend, int overdueFollowUps, String text) {
    }

    /** @param enabled the user's "show notifications" setting */
    public ReminderNotifier(ReminderRepository reminders, FollowUpRepository followUps, TaskRunner tasks,
                            Dialogs dialogs, Texts texts, Dates dates, BooleanProperty enabled) {
        this.reminders = reminders;
        this.followUps = followUps;
        this.texts = texts;
        this.dates = dates;
        this.enabled = enabled;
        this.runner = new BusyRunner(tasks, dialogs, texts);
    }

    /** Called at start-up and then now and again: notifies at most once a calendar day. */
    public void checkDaily() {
        LocalDate today = dates.today();
        if (!enabled.get() || today.equals(lastChecked)) {
            return;
        }
        lastChecked = today;
        runner.run("task.loadReminders", progress -> {
            BirthdayReminders rules = new BirthdayReminders(reminders.settings(), reminders.leadTimes());
            List<CardSent> cards = reminders.cardsSent(BirthdayReminders.yearsAround(today, BirthdayReminders.NOTIFY_DAYS));
            List<UpcomingBirthday> upcoming = rules.upcoming(reminders.birthdaysToCount(), cards, today,
                    BirthdayReminders.NOTIFY_DAYS);
            int birthdays = (int) upcoming.stream()
                    .filter(b -> !b.cardSent() && b.daysUntil(today) <= BirthdayReminders.NOTIFY_DAYS).count();
            int cardsDue = BirthdayReminders.cardsToSend(upcoming, today).size();
            int overdue = followUps.openDueBy(today.minusDays(1)).size();
            return describe(today, birthdays, cardsDue, overdue);
        }, found -> {
            if (found != null) {
                notice.set(found);
            }
        });
    }

    /** The notice for these counts, or null when there is nothing to say. */
    Notice describe(LocalDate today, int birthdays, int cardsDue, int overdue) {
        List<String> parts = new ArrayList<>();
        if (birthdays > 0) {
            parts.add(texts.get("notify.birthdays", birthdays));
        }
        if (cardsDue > 0) {
            parts.add(texts.get("notify.cards", cardsDue));
        }
        if (overdue > 0) {
            parts.add(texts.get("notify.overdue", overdue));
        }
        return parts.isEmpty() ? null : new Notice(today, birthdays, cardsDue, overdue, String.join("\n", parts));
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    public BooleanProperty enabledProperty() { return enabled; }
}
