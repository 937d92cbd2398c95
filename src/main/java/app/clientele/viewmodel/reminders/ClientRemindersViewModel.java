package app.clientele.viewmodel.reminders;

import app.clientele.domain.CardSent;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.ConsentMethod;
import app.clientele.domain.LeadTime;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.NewsletterRepository;
import app.clientele.domain.ReminderRepository;
import app.clientele.domain.Subscription;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected client's reminders and newsletter consent, beside their details: their own
 * birthday lead time, the cards sent over the years, and their consent on each channel. Consent
 * is recorded with the day and the way it was given; unsubscribing keeps the record.
 */
public final class ClientRemindersViewModel {
    private final ReminderRepository reminders;
    private final NewsletterRepository newsletter;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final HistoryChanges changes;
    private final BusyRunner runner;
    private final ReadOnlyObjectWrapper<ClientSummary> client = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LeadTimeChoice> leadTimes = FXCollections.observableArrayList();
    private final ObjectProperty<LeadTimeChoice> leadTime = new SimpleObjectProperty<>();
    private final ObservableList<String> cards = FXCollections.observableArrayList();
    private final ObservableList<Subscription> consentHistory = FXCollections.observableArrayList();
    private final Map<NewsletterChannel, ReadOnlyObjectWrapper<Subscription>> active = new EnumMap<>(NewsletterChannel.class);
    private final Map<NewsletterChannel, StringBinding> statusTexts = new EnumMap<>(NewsletterChannel.class);
    private final ObjectProperty<NewsletterChannel> consentChannel = new SimpleObjectProperty<>(NewsletterChannel.EMAIL);
    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentMethod> consentMethod = new SimpleObjectProperty<>();
    private final StringBinding consentError;
    private final BooleanBinding canRecordConsent;
    private boolean loading;

    public ClientRemindersViewModel(ReminderRepository reminders, NewsletterRepository newsletter, TaskRunner tasks,
                                    Dialogs dialogs, Texts texts, Dates dates, HistoryChanges changes) {
        this.reminders = reminders;
        this.newsletter = newsletter;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.changes = changes;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        for (NewsletterChannel channel : NewsletterChannel.values()) {
            ReadOnlyObjectWrapper<Subscription> current = new ReadOnlyObjectWrapper<>();
            active.put(channel, current);
            statusTexts.put(channel, Bindings.createStringBinding(() -> status(channel, current.get()), current, client));
        }
        consentError = Bindings.createStringBinding(this::validateConsent, consentDate, consentMethod, consentChannel,
                client, active.get(NewsletterChannel.EMAIL), active.get(NewsletterChannel.SMS));
        canRecordConsent = consentError.isNull().and(client.isNotNull());
        leadTime.addListener((observable, before, after) -> {
            if (!loading && client.get() != null && after != null
                    && (before == null || !Objects.equals(before.leadTime(), after.leadTime()))) {
                saveLeadTime(client.get().id(), after.leadTime());
            }
        });
    }

    /** Shows a client's reminders and consent; null clears them. */
    public void open(ClientSummary shown) {
        client.set(shown);
        cards.clear();
        consentHistory.clear();
        active.values().forEach(current -> current.set(null));
        consentDate.set(dates.today());
        consentMethod.set(null);
        if (shown == null) {
            return;
        }
        runner.run("task.loadReminders", progress -> new Loaded(reminders.settings().defaultLeadTime(),
                reminders.leadTime(shown.id()), reminders.cardsSentTo(shown.id()), newsletter.subscriptionsOf(shown.id())),
                loaded -> {
                    if (client.get() == null || client.get().id() != shown.id()) {
                        return;
                    }
                    loading = true;
                    try {
                        leadTimes.setAll(LeadTimeChoice.choices(texts, loaded.firmDefault()));
                        LeadTime own = loaded.own().orElse(null);
                        leadTime.set(leadTimes.stream().filter(c -> Objects.equals(c.leadTime(), own)).findFirst()
                                .orElseGet(() -> {
                                    LeadTimeChoice other = new LeadTimeChoice(own, LeadTimeChoice.describe(own, texts));
                                    leadTimes.add(other);
                                    return other;
                                }));
                    } finally {
                        loading = false;
                    }
                    cards.setAll(loaded.cards().stream().map(card -> texts.get("reminders.client.cardSent",
                            Integer.toString(card.year()), dates.date(dates.dayOf(card.sentAt())))).toList());
                    consentHistory.setAll(loaded.subscriptions());
                    for (NewsletterChannel channel : NewsletterChannel.values()) {
                        active.get(channel).set(loaded.subscriptions().stream()
                                .filter(s -> s.channel() == channel && s.isActive()).findFirst().orElse(null));
                    }
                });
    }

    private record Loaded(LeadTime firmDefault, Optional<LeadTime> own, List<CardSent> cards,
                          List<Subscription> subscriptions) {
    }

    /** Records the consent typed in the form; the client is then on that channel's list. */
    public void recordConsent() {
        if (!canRecordConsent.get()) {
            return;
        }
        ClientSummary shown = client.get();
        Subscription consent = Subscription.consent(shown.id(), consentChannel.get(), consentDate.get(),
                consentMethod.get());
        runner.run("task.saveConsent", progress -> newsletter.subscribe(consent), saved -> reload(shown));
    }

    /** Ends the consent on a channel today, after asking; the record stays. */
    public void unsubscribe(NewsletterChannel channel) {
        Subscription current = active.get(channel).get();
        ClientSummary shown = client.get();
        if (current == null || shown == null || !dialogs.confirm(texts.get("newsletter.unsubscribe.title"),
                texts.get("newsletter.unsubscribe.message", shown.displayName(), texts.of(channel)),
                texts.get("newsletter.unsubscribe.confirm"))) {
            return;
        }
        LocalDate today = dates.today();
        LocalDate on = today.isBefore(current.consentDate()) ? current.consentDate() : today;
        runner.run("task.saveConsent", progress -> newsletter.unsubscribe(current.unsubscribed(on)),
                saved -> reload(shown));
    }

    private void reload(ClientSummary shown) {
        open(shown);
        changes.fire(List.of(shown.id()));
    }

    private void saveLeadTime(long clientId, LeadTime value) {
        runner.run("task.saveLeadTime", progress -> {
            reminders.setLeadTime(clientId, value);
            return clientId;
        }, id -> changes.fire(List.of(id)));
    }

    /** "Subscribed since 2 Mar 2026 (form)", with a warning when the client cannot receive it. */
    private String status(NewsletterChannel channel, Subscription subscription) {
        if (subscription == null) {
            return texts.get("newsletter.status.none");
        }
        String since = texts.get("newsletter.status.since", dates.date(subscription.consentDate()),
                texts.of(subscription.consentMethod()));
        ClientSummary shown = client.get();
        if (channel == NewsletterChannel.EMAIL && shown != null && shown.primaryEmail() == null) {
            return since + " · " + texts.get("newsletter.status.noEmail");
        }
        if (shown != null && shown.archived()) {
            return since + " · " + texts.get("newsletter.status.archived");
        }
        return since;
    }

    private String validateConsent() {
        if (consentChannel.get() != null && active.get(consentChannel.get()).get() != null) {
            return texts.get("newsletter.error.alreadySubscribed");
        }
        if (consentDate.get() == null) {
            return texts.get("newsletter.validation.date");
        }
        if (consentDate.get().isAfter(dates.today())) {
            return texts.get("newsletter.validation.future");
        }
        if (consentMethod.get() == null) {
            return texts.get("newsletter.validation.method");
        }
        return null;
    }

    /** One line of the consent history: "Email · 2 Mar 2026 – 5 May 2026 · form". */
    public String describe(Subscription subscription) {
        String period = subscription.isActive() ? texts.get("newsletter.history.open", dates.date(subscription.consentDate()))
                : texts.get("newsletter.history.closed", dates.date(subscription.consentDate()),
                dates.date(subscription.unsubscribedOn()));
        return texts.of(subscription.channel()) + " · " + period + " · " + texts.of(subscription.consentMethod());
    }

    public ReadOnlyObjectProperty<ClientSummary> clientProperty() { return client.getReadOnlyProperty(); }
    public ObservableList<LeadTimeChoice> leadTimes() { return leadTimes; }
    public ObjectProperty<LeadTimeChoice> leadTimeProperty() { return leadTime; }
    public ObservableList<String> cards() { return cards; }
    public ObservableList<Subscription> consentHistory() { return consentHistory; }
    public ReadOnlyObjectProperty<Subscription> activeProperty(NewsletterChannel channel) {
        return active.get(channel).getReadOnlyProperty();
    }
    public StringBinding statusTextProperty(NewsletterChannel channel) { return statusTexts.get(channel); }
    public ObjectProperty<NewsletterChannel> consentChannelProperty() { return consentChannel; }
    public ObjectProperty<LocalDate> consentDateProperty() { return consentDate; }
    public ObjectProperty<ConsentMethod> consentMethodProperty() { return consentMethod; }
    public StringBinding consentErrorProperty() { return consentError; }
    public BooleanBinding canRecordConsentProperty() { return canRecordConsent; }
}
