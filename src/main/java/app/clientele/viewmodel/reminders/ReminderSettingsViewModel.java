package app.clientele.viewmodel.reminders;

import app.clientele.domain.GreetingTemplate;
import app.clientele.domain.LeadTime;
import app.clientele.domain.MissingDayRule;
import app.clientele.domain.ReminderRepository;
import app.clientele.domain.ReminderSettings;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reminder settings form: the firm's default lead time, where 29 February goes in common
 * years, the greeting templates in English and Korean (kept with the data), and whether this
 * computer shows reminder notifications (a preference of this window, saved by the app).
 */
public final class ReminderSettingsViewModel {
    private final ReminderRepository reminders;
    private final Texts texts;
    private final HistoryChanges changes;
    private final BusyRunner runner;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<LeadTimeChoice> leadTimes;
    private final ObjectProperty<LeadTimeChoice> leadTime = new SimpleObjectProperty<>();
    private final ObjectProperty<MissingDayRule> missingDayRule = new SimpleObjectProperty<>(MissingDayRule.DAY_BEFORE);
    private final StringProperty englishSubject = new SimpleStringProperty("");
    private final StringProperty englishBody = new SimpleStringProperty("");
    private final StringProperty koreanSubject = new SimpleStringProperty("");
    private final StringProperty koreanBody = new SimpleStringProperty("");
    private final BooleanProperty notifications;
    private final BooleanProperty showNotifications = new SimpleBooleanProperty(true);
    private final StringBinding title;
    private final StringBinding templateError;
    private final BooleanBinding valid;
    private ReminderSettings loaded = ReminderSettings.DEFAULTS;

    /** @param notifications this computer's "show notifications" preference, saved by whoever owns it */
    public ReminderSettingsViewModel(ReminderRepository reminders, TaskRunner tasks, Dialogs dialogs, Texts texts,
                                     HistoryChanges changes, BooleanProperty notifications) {
        this.reminders = reminders;
        this.texts = texts;
        this.changes = changes;
        this.notifications = notifications;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        this.leadTimes = FXCollections.observableArrayList(LeadTimeChoice.choices(texts, null).stream()
                .filter(choice -> !choice.leadTime().isNever()).toList());
        templateError = Bindings.createStringBinding(this::validateTemplates, englishSubject, englishBody,
                koreanSubject, koreanBody);
        valid = templateError.isNull().and(leadTime.isNotNull());
        title = Bindings.createStringBinding(() -> texts.get("reminders.settings.title"));
    }

    /** Reads the stored settings and shows the form. */
    public void open() {
        runner.run("task.loadReminders", progress -> reminders.settings(), settings -> {
            loaded = settings;
            leadTime.set(choiceFor(settings.defaultLeadTime()));
            missingDayRule.set(settings.missingDayRule());
            fill(settings.englishGreeting(), false, englishSubject, englishBody);
            fill(settings.koreanGreeting(), true, koreanSubject, koreanBody);
            showNotifications.set(notifications.get());
            showing.set(true);
        });
    }

    /** Puts the built-in greetings back in the form. */
    public void resetTemplates() {
        fill(null, false, englishSubject, englishBody);
        fill(null, true, koreanSubject, koreanBody);
    }

    public void save() {
        if (!valid.get()) {
            return;
        }
        ReminderSettings edited = new ReminderSettings(loaded.version(), leadTime.get().leadTime(),
                missingDayRule.get(), ownTemplate(false, englishSubject, englishBody),
                ownTemplate(true, koreanSubject, koreanBody));
        notifications.set(showNotifications.get());
        runner.run("task.saveSettings", progress -> reminders.saveSettings(edited), saved -> {
            loaded = saved;
            showing.set(false);
            changes.fire(List.of());
        });
    }

    public void cancel() {
        showing.set(false);
    }

    private LeadTimeChoice choiceFor(LeadTime value) {
        return leadTimes.stream().filter(choice -> choice.leadTime().equals(value)).findFirst().orElseGet(() -> {
            LeadTimeChoice own = new LeadTimeChoice(value, LeadTimeChoice.describe(value, texts));
            leadTimes.add(own);
            return own;
        });
    }

    private static void fill(GreetingTemplate own, boolean korean, StringProperty subject, StringProperty body) {
        GreetingTemplate shown = own != null ? own : RemindersViewModel.builtInTemplate(korean);
        subject.set(shown.subject());
        body.set(shown.body());
    }

    /** A template equal to the built-in one is stored as none, so a later, better built-in text applies. */
    private static GreetingTemplate ownTemplate(boolean korean, StringProperty subject, StringProperty body) {
        GreetingTemplate typed = new GreetingTemplate(subject.get(), body.get());
        return Objects.equals(typed, RemindersViewModel.builtInTemplate(korean)) ? null : typed;
    }

    private String validateTemplates() {
        for (StringProperty subject : List.of(englishSubject, koreanSubject)) {
            if (Strings.isBlank(subject.get()) || subject.get().strip().length() > GreetingTemplate.MAX_SUBJECT_LENGTH) {
                return texts.get("reminders.settings.subjectRequired", GreetingTemplate.MAX_SUBJECT_LENGTH);
            }
        }
        for (StringProperty body : List.of(englishBody, koreanBody)) {
            if (Strings.isBlank(body.get()) || body.get().strip().length() > GreetingTemplate.MAX_BODY_LENGTH) {
                return texts.get("reminders.settings.bodyRequired", GreetingTemplate.MAX_BODY_LENGTH);
            }
        }
        return null;
    }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }
    public ObservableList<LeadTimeChoice> leadTimes() { return leadTimes; }
    public ObjectProperty<LeadTimeChoice> leadTimeProperty() { return leadTime; }
    public ObjectProperty<MissingDayRule> missingDayRuleProperty() { return missingDayRule; }
    public StringProperty englishSubjectProperty() { return englishSubject; }
    public StringProperty englishBodyProperty() { return englishBody; }
    public StringProperty koreanSubjectProperty() { return koreanSubject; }
    public StringProperty koreanBodyProperty() { return koreanBody; }
    public BooleanProperty showNotificationsProperty() { return showNotifications; }
    public StringBinding templateErrorProperty() { return templateError; }
    public BooleanBinding validProperty() { return valid; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
    public StringBinding titleProperty() { return title; }
}
