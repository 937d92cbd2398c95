package app.clientele.viewmodel.reminders;

import app.clientele.domain.CardSent;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.GreetingTemplate;
import app.clientele.domain.ReminderRepository;
import app.clientele.domain.ReminderSettings;
import app.clientele.domain.SavedSegment;
import app.clientele.domain.Segment;
import app.clientele.domain.CustomFieldRepository;
import app.clientele.domain.DateReminder;
import app.clientele.domain.HouseholdRepository;
import app.clientele.i18n.Texts;
import app.clientele.reminders.AddressLabels;
import app.clientele.reminders.BirthdayCalendar;
import app.clientele.reminders.BirthdayReminders;
import app.clientele.reminders.ContactCsv;
import app.clientele.reminders.Greeting;
import app.clientele.reminders.MailtoLink;
import app.clientele.reminders.UpcomingBirthday;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.SegmentSource;
import app.clientele.viewmodel.Links;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Reminders view: the birthdays of the next days (30 unless changed), soonest first, with what
 * each reminder says, whether the year's card is sent, and what can be done about it: write a
 * greeting, mark the card sent (logged as a letter/card interaction, with undo), print the list,
 * the address labels or the birthday calendar.
 */
public final class RemindersViewModel {
    private final ReminderRepository reminders;
    private final Dialogs dialogs;
    private final Links links;
    private final Texts texts;
    private final Dates dates;
    private final HistoryChanges changes;
    private final BusyRunner runner;
    private final BirthdayTexts birthdayTexts;
    private final IntegerProperty days = new SimpleIntegerProperty(BirthdayReminders.DEFAULT_DAYS);
    private final BooleanProperty showSent = new SimpleBooleanProperty(false);
    private final ObservableList<UpcomingBirthday> all = FXCollections.observableArrayList();
    private final ObservableList<DateReminder> otherDates = FXCollections.observableArrayList();
    private final CustomFieldRepository customFields;
    private final HouseholdRepository households;
    private final SegmentSource segmentSource;
    private final FilteredList<UpcomingBirthday> visible = new FilteredList<>(all);
    private final ObjectProperty<UpcomingBirthday> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UpcomingBirthday> lastMarked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final StringBinding summaryText;
    private final StringBinding lastMarkedText;
    private ReminderSettings settings = ReminderSettings.DEFAULTS;
    private boolean shown;

    public RemindersViewModel(ReminderRepository reminders, CustomFieldRepository customFields,
                              HouseholdRepository households, SegmentSource segmentSource, TaskRunner tasks,
                              Dialogs dialogs, Links links, Texts texts, Dates dates, HistoryChanges changes) {
        this.reminders = reminders;
        this.segmentSource = segmentSource;
        this.households = households;
        this.customFields = customFields;
        this.dialogs = dialogs;
        this.links = links;
        this.texts = texts;
        this.dates = dates;
        this.changes = changes;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        this.birthdayTexts = new BirthdayTexts(texts, dates);
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            boolean withSent = showSent.get();
            int window = days.get();
            LocalDate today = day.get();
            return birthday -> (withSent || !birthday.cardSent())
                    && (today == null || birthday.daysUntil(today) <= window || birthday.cardDue(today));
        }, showSent, days, day));
        summaryText = Bindings.createStringBinding(() -> texts.get("reminders.summary", visible.size(),
                day.get() == null ? 0 : BirthdayReminders.cardsToSend(visible, day.get()).size()), visible, day);
        lastMarkedText = Bindings.createStringBinding(() -> lastMarked.get() == null ? ""
                : texts.get("reminders.card.marked", lastMarked.get().client().displayName()), lastMarked);
        days.addListener((observable, before, after) -> {
            if (after.intValue() > before.intValue()) {
                load();
            }
        });
        // Hidden, the view reads everything again when shown; there is no need to follow every change.
        changes.addListener(clientIds -> {
            if (shown) {
                load();
            }
        });
    }

    /** The view is on screen (it reads everything again) or hidden (it stops following changes). */
    public void setShown(boolean onScreen) {
        shown = onScreen;
        if (onScreen) {
            load();
        }
    }

    /** Reads the birthdays again for today, in the user's zone. */
    public void load() {
        LocalDate today = dates.today();
        int window = Math.max(1, Math.min(days.get(), BirthdayReminders.MAX_DAYS));
        runner.run("task.loadReminders", progress -> {
            ReminderSettings current = reminders.settings();
            BirthdayReminders rules = new BirthdayReminders(current, reminders.leadTimes());
            List<CardSent> cards = reminders.cardsSent(BirthdayReminders.yearsAround(today, window));
            return new Loaded(current, rules.upcoming(reminders.withBirthdays(), cards, today, window),
                    customFields.dueDates(today));
        }, loaded -> {
            settings = loaded.settings();
            otherDates.setAll(loaded.otherDates());
            UpcomingBirthday wasSelected = selected.get();
            day.set(today);
            all.setAll(loaded.birthdays());
            if (wasSelected != null) {
                visible.stream().filter(b -> b.client().id() == wasSelected.client().id()).findFirst()
                        .ifPresent(selected::set);
            }
        });
    }

    private record Loaded(ReminderSettings settings, List<UpcomingBirthday> birthdays, List<DateReminder> otherDates) {
    }

    /** "Policy renewal · 박민수 · in 12 days (Dec 11, 2026)" for a date kept in a custom field. */
    public String describe(DateReminder reminder) {
        return texts.get("reminders.otherDate", reminder.fieldName(), reminder.client().displayName(),
                reminder.daysUntil(dates.today()), dates.date(reminder.date()));
    }

    /** Marks the year's card sent and logs it as a letter/card interaction; the view offers Undo. */
    public void markCardSent(UpcomingBirthday birthday) {
        if (birthday == null || birthday.cardSent()) {
            return;
        }
        runner.run("task.markCardSent", progress -> reminders.markCardSent(birthday.client().ref(), birthday.year(),
                dates.now(), texts.get("reminders.card.subject", birthday.year())), card -> {
                    lastMarked.set(birthday);
                    changes.fire(List.of(card.clientId()));
                });
    }

    /** Takes the last card mark back, with the interaction that logged it. */
    public void undoMarkCardSent() {
        UpcomingBirthday marked = lastMarked.get();
        if (marked == null) {
            return;
        }
        lastMarked.set(null);
        runner.run("task.markCardSent", progress -> {
            reminders.unmarkCardSent(marked.client().id(), marked.year());
            return marked.client().id();
        }, clientId -> changes.fire(List.of(clientId)));
    }

    public void dismissMarked() {
        lastMarked.set(null);
    }

    /** Opens the user's mail program with a greeting for this birthday, in the client's language. */
    public void composeGreeting(UpcomingBirthday birthday) {
        if (birthday == null) {
            return;
        }
        ContactDetails client = birthday.client();
        Greeting.Message message = Greeting.compose(template(Greeting.inKorean(client.name())), client.name(),
                birthday.age());
        links.open(MailtoLink.of(client.email(), message.subject(), message.body()));
    }

    /** The firm's template for the language, or the built-in one. */
    GreetingTemplate template(boolean korean) {
        GreetingTemplate own = korean ? settings.koreanGreeting() : settings.englishGreeting();
        return own != null ? own : builtInTemplate(korean);
    }

    /** The built-in greeting in English or Korean, whatever the interface's language. */
    public static GreetingTemplate builtInTemplate(boolean korean) {
        Texts language = new Texts(korean ? Locale.KOREAN : Locale.ENGLISH);
        return new GreetingTemplate(language.get("greeting.subject"), language.get("greeting.body"));
    }

    /** Saves the listed birthdays with names and addresses as CSV for a mail merge. */
    public void exportCardList() {
        List<UpcomingBirthday> rows = List.copyOf(visible);
        export("birthday-cards.csv", "*.csv", out -> ContactCsv.writeCardList(out, rows));
    }

    /** Saves address labels for the listed birthdays. */
    public void exportLabels() {
        List<ContactDetails> clients = visible.stream().map(UpcomingBirthday::client)
                .filter(client -> !client.address().isEmpty()).toList();
        export("birthday-labels.pdf", "*.pdf", out -> AddressLabels.write(out, AddressLabels.of(clients),
                AddressLabels.Sheet.A4_3X8));
    }

    /**
     * Saves address labels for every active client with an address in a segment and/or with a tag
     * and/or in a saved segment (holiday cards): one label per household, addressed to the household.
     */
    public void exportLabels(Segment segment, String tag, SavedSegment saved) {
        Set<Long> members = saved == null ? null : segmentSource.members(saved);
        export("address-labels.pdf", "*.pdf", out -> AddressLabels.write(out, AddressLabels.forHouseholds(
                reminders.withAddresses(segment, tag).stream()
                        .filter(client -> members == null || members.contains(client.id())).toList(),
                households.byClient()), AddressLabels.Sheet.A4_3X8));
    }

    /** The saved segments labels can be made for. */
    public ObservableList<SavedSegment> segmentChoices() {
        return segmentSource.segments();
    }

    /** Saves every birthday as an iCalendar file of yearly events. */
    public void exportCalendar() {
        LocalDate today = dates.today();
        export("birthdays.ics", "*.ics", out -> BirthdayCalendar.write(out, reminders.withBirthdays(),
                reminders.settings().missingDayRule(), today, BirthdayCalendar.DEFAULT_YEARS, dates.now(), texts));
    }

    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws Exception;
    }

    private void export(String suggestedName, String extension, Writing writing) {
        dialogs.chooseFileToSave(texts.get("reminders.export.title"), suggestedName, extension).ifPresent(file ->
                runner.run("task.exportList", progress -> {
                    Path partial = file.resolveSibling(file.getFileName() + ".part");
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        writing.to(out);
                    }
                    // Written in full before it takes the chosen name: a failed export leaves no half file.
                    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return file;
                }, written -> dialogs.showInfo(texts.get("reminders.export.done", written.toString()))));
    }

    public String reminderText(UpcomingBirthday birthday) {
        return birthdayTexts.reminder(birthday, day.get() == null ? dates.today() : day.get());
    }

    public BirthdayTexts texts() { return birthdayTexts; }
    public IntegerProperty daysProperty() { return days; }
    public BooleanProperty showSentProperty() { return showSent; }
    public ObservableList<UpcomingBirthday> birthdays() { return visible; }
    /** Dates kept in custom date fields that are due to be reminded, soonest first. */
    public ObservableList<DateReminder> otherDates() { return otherDates; }
    public ObjectProperty<UpcomingBirthday> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<UpcomingBirthday> lastMarkedProperty() { return lastMarked.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LocalDate> dayProperty() { return day.getReadOnlyProperty(); }
    public StringBinding summaryTextProperty() { return summaryText; }
    public StringBinding lastMarkedTextProperty() { return lastMarkedText; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
    public Dates dates() { return dates; }
}
