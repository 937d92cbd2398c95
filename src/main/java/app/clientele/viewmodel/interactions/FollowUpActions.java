package app.clientele.viewmodel.interactions;

import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpRepository;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * What can be done to a follow-up wherever it is listed (Today, a client's follow-ups): mark it
 * done, snooze it, undo the done, cancel it. Each change is stored and announced.
 */
public final class FollowUpActions {
    private final FollowUpRepository followUps;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final HistoryChanges changes;
    private final BusyRunner runner;

    public FollowUpActions(FollowUpRepository followUps, TaskRunner tasks, Dialogs dialogs, Texts texts, Dates dates,
                           HistoryChanges changes) {
        this.followUps = followUps;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.changes = changes;
        this.runner = new BusyRunner(tasks, dialogs, texts);
    }

    /** Marks an open follow-up done now; {@code then} receives the stored result. */
    public void complete(FollowUp followUp, Consumer<FollowUp> then) {
        if (followUp.isOpen()) {
            store("task.completeFollowUp", followUp.done(dates.now()), then);
        }
    }

    /** Opens a done or cancelled follow-up again (undo). */
    public void reopen(FollowUp followUp, Consumer<FollowUp> then) {
        if (!followUp.isOpen()) {
            store("task.saveFollowUp", followUp.reopened(), then);
        }
    }

    public void snooze(FollowUp followUp, Snooze snooze) {
        snoozeTo(followUp, snooze.from(dates.today()));
    }

    /** Asks for the day to move the follow-up to. */
    public void snoozeToChosenDay(FollowUp followUp) {
        dialogs.askDate(texts.get("followUps.snooze.pickTitle"), followUp.dueDate().isAfter(dates.today())
                        ? followUp.dueDate() : dates.today().plusDays(1))
                .ifPresent(day -> snoozeTo(followUp, day));
    }

    public void cancel(FollowUp followUp) {
        if (followUp.isOpen()) {
            store("task.saveFollowUp", followUp.cancelled(dates.now()), saved -> { });
        }
    }

    private void snoozeTo(FollowUp followUp, LocalDate day) {
        store("task.saveFollowUp", followUp.snoozedTo(day), saved -> { });
    }

    private void store(String titleKey, FollowUp changed, Consumer<FollowUp> then) {
        runner.run(titleKey, progress -> followUps.update(changed), saved -> {
            then.accept(saved);
            changes.fire(List.of(saved.client().id()));
        });
    }

    /** When a follow-up is due, relative to today: "Yesterday", "Today 14:30", "12 Mar 2026". */
    public String due(FollowUp followUp) {
        String day = dates.relativeDay(followUp.dueDate());
        return followUp.dueTime() == null ? day : day + " " + dates.time(followUp.dueTime());
    }

    /** "Done 3 Mar 2026, 14:30" for a closed follow-up. */
    public String closed(FollowUp followUp) {
        return texts.get("FollowUpStatus." + followUp.status().name()) + " " + dates.dateTime(followUp.completedAt());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }
}
