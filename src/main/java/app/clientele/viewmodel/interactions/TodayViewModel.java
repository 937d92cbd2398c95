package app.clientele.viewmodel.interactions;

import app.clientele.domain.ClientRef;
import app.clientele.domain.ContactStatus;
import app.clientele.domain.CustomFieldRepository;
import app.clientele.domain.DateReminder;
import app.clientele.domain.DueToContact;
import app.clientele.domain.DueGroup;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpRepository;
import app.clientele.domain.KeepInTouchRepository;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home page: follow-ups overdue, due today and in the next seven days, then the clients not
 * contacted for longer than their cadence (the longest first, at most 50), then the dates of the firm's own date
 * fields coming within their reminder period (a policy renewal in 30 days). Marking a follow-up done
 * can be undone and offers to log the interaction that completed it.
 */
public final class TodayViewModel {
    /** The clients due to contact listed on the page; the Clients list's Dormant filter shows them all. */
    static final int DUE_TO_CONTACT_SHOWN = 50;
    private final FollowUpRepository followUps;
    private final KeepInTouchRepository keepInTouch;
    private final CustomFieldRepository customFields;
    private final FollowUpActions actions;
    private final LogInteractionViewModel logForm;
    private final Texts texts;
    private final Dates dates;
    private final BusyRunner runner;
    private final ObservableList<TodayItem> items = FXCollections.observableArrayList();
    private final Map<DueGroup, ReadOnlyIntegerWrapper> counts = new EnumMap<>(DueGroup.class);
    private final ReadOnlyIntegerWrapper dueToContactCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper datesComingCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<FollowUp> lastCompleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final StringBinding summaryText;
    private final StringBinding lastCompletedText;

    public TodayViewModel(FollowUpRepository followUps, KeepInTouchRepository keepInTouch,
                          CustomFieldRepository customFields, FollowUpActions actions, LogInteractionViewModel logForm,
                          TaskRunner tasks, Dialogs dialogs, Texts texts, Dates dates, HistoryChanges changes) {
        this.followUps = followUps;
        this.keepInTouch = keepInTouch;
        this.customFields = customFields;
        this.actions = actions;
        this.logForm = logForm;
        this.texts = texts;
        this.dates = dates;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        for (DueGroup group : List.of(DueGroup.OVERDUE, DueGroup.TODAY, DueGroup.UPCOMING)) {
            counts.put(group, new ReadOnlyIntegerWrapper(0));
        }
        summaryText = Bindings.createStringBinding(() -> texts.get("today.summary",
                        count(DueGroup.OVERDUE).get(), count(DueGroup.TODAY).get(), count(DueGroup.UPCOMING).get(),
                        dueToContactCount.get()),
                count(DueGroup.OVERDUE), count(DueGroup.TODAY), count(DueGroup.UPCOMING), dueToContactCount);
        lastCompletedText = Bindings.createStringBinding(() -> lastCompleted.get() == null ? "" : texts.get(
                "today.completed", lastCompleted.get().title(), lastCompleted.get().client().displayName()),
                lastCompleted);
        changes.addListener(clientIds -> load());
    }

    /** Reads the agenda for today, in the user's zone. */
    public void load() {
        LocalDate today = dates.today();
        runner.run("task.loadToday", progress -> new Agenda(followUps.openDueBy(today.plusDays(DueGroup.UPCOMING_DAYS)),
                keepInTouch.dueToContact(today, dates.zone(), DUE_TO_CONTACT_SHOWN), customFields.dueDates(today)),
                agenda -> show(today, agenda));
    }

    private record Agenda(List<FollowUp> followUps, DueToContact contacts, List<DateReminder> dates) {
    }

    private void show(LocalDate today, Agenda agenda) {
        day.set(today);
        Map<DueGroup, List<FollowUp>> grouped = new EnumMap<>(DueGroup.class);
        agenda.followUps().forEach(followUp -> grouped.computeIfAbsent(followUp.dueGroup(today),
                group -> new ArrayList<>()).add(followUp));
        DueToContact due = agenda.contacts();
        List<TodayItem> lines = new ArrayList<>();
        counts.forEach((group, count) -> {
            List<FollowUp> inGroup = grouped.getOrDefault(group, List.of());
            count.set(inGroup.size());
            if (!inGroup.isEmpty()) {
                lines.add(new TodayItem.Heading(texts.get("today.group." + group.name(), inGroup.size())));
                inGroup.forEach(followUp -> lines.add(new TodayItem.Task(followUp, group)));
            }
        });
        dueToContactCount.set(due.count());
        if (due.count() > 0) {
            List<ContactStatus> shown = due.longestWithoutContact();
            lines.add(new TodayItem.Heading(shown.size() < due.count()
                    ? texts.get("today.group.DUE_TO_CONTACT.first", due.count(), shown.size())
                    : texts.get("today.group.DUE_TO_CONTACT", due.count())));
            shown.forEach(status -> lines.add(new TodayItem.DueToContact(status)));
        }
        datesComingCount.set(agenda.dates().size());
        if (!agenda.dates().isEmpty()) {
            lines.add(new TodayItem.Heading(texts.get("today.group.DATES", agenda.dates().size())));
            agenda.dates().forEach(date -> lines.add(new TodayItem.DateComing(date)));
        }
        items.setAll(lines);
    }

    /** Marks a follow-up done (one click or Space); the page then offers Undo and Log interaction. */
    public void complete(FollowUp followUp) {
        actions.complete(followUp, lastCompleted::set);
    }

    public void undoComplete() {
        FollowUp done = lastCompleted.get();
        if (done != null) {
            lastCompleted.set(null);
            actions.reopen(done, reopened -> { });
        }
    }

    /** Opens the log form for the interaction that completed the last follow-up. */
    public void logCompleted() {
        FollowUp done = lastCompleted.get();
        if (done != null) {
            lastCompleted.set(null);
            logForm.start(done.client(), done.title());
        }
    }

    public void dismissCompleted() {
        lastCompleted.set(null);
    }

    public void logInteraction(ClientRef client) {
        logForm.start(client);
    }

    public void snooze(FollowUp followUp, Snooze snooze) {
        actions.snooze(followUp, snooze);
    }

    public void snoozeToChosenDay(FollowUp followUp) {
        actions.snoozeToChosenDay(followUp);
    }

    /** "Last contact 120 days ago · every 90 days", or "Never contacted · added 200 days ago · …". */
    public String describe(ContactStatus status) {
        LocalDate today = day.get() == null ? dates.today() : day.get();
        long days = status.daysSince(today, dates.zone());
        String since = status.lastContact() == null
                ? texts.get("today.neverContacted", days) : texts.get("today.lastContact", days);
        return since + " · " + texts.get("today.cadence", status.cadenceDays());
    }

    /** "Policy renewal · in 12 days (Mar 1, 2027)", "Shoot date · today". */
    public String describe(DateReminder reminder) {
        LocalDate today = day.get() == null ? dates.today() : day.get();
        return texts.get("today.dateComing", reminder.fieldName(), reminder.daysUntil(today), dates.date(reminder.date()));
    }

    private ReadOnlyIntegerWrapper count(DueGroup group) {
        return counts.get(group);
    }

    public ObservableList<TodayItem> items() { return items; }
    public ReadOnlyIntegerProperty countProperty(DueGroup group) { return count(group).getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty dueToContactCountProperty() { return dueToContactCount.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty datesComingCountProperty() { return datesComingCount.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<FollowUp> lastCompletedProperty() { return lastCompleted.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LocalDate> dayProperty() { return day.getReadOnlyProperty(); }
    public StringBinding summaryTextProperty() { return summaryText; }
    public StringBinding lastCompletedTextProperty() { return lastCompletedText; }
    public String dayText() { return day.get() == null ? "" : dates.date(day.get()); }
    public FollowUpActions actions() { return actions; }
}
