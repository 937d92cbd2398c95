package app.clientele.viewmodel.reminders;

import app.clientele.domain.ContactDetails;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.NewsletterEdition;
import app.clientele.domain.NewsletterRepository;
import app.clientele.domain.NewsletterRepository.Recipient;
import app.clientele.domain.ReminderRepository;
import app.clientele.domain.SavedSegment;
import app.clientele.domain.Strings;
import app.clientele.domain.Subscription;
import app.clientele.i18n.Texts;
import app.clientele.reminders.ContactCsv;
import app.clientele.reminders.NewsletterList;
import app.clientele.reminders.NewsletterList.Subscriber;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.SegmentSource;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Newsletter view: who is on the list (active email consent, an address, not archived), who
 * has not received the latest edition, the editions with their send dates, and the list as a
 * Mailchimp CSV or a BCC list. Marking an edition sent records its recipients: the subscribers at
 * that moment.
 */
public final class NewsletterViewModel {
    private final NewsletterRepository newsletter;
    private final ReminderRepository reminders;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final BusyRunner runner;
    private final SegmentSource segmentSource;
    private final ObjectProperty<SavedSegment> onlySegment = new SimpleObjectProperty<>();
    private List<Subscriber> everySubscriber = List.of();
    private List<Subscriber> everyNotReceived = List.of();
    private final ObservableList<Subscriber> subscribers = FXCollections.observableArrayList();
    private final ObservableList<Subscriber> notReceived = FXCollections.observableArrayList();
    private final ObservableList<NewsletterEdition> editions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NewsletterEdition> latestSent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper withoutEmail = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<NewsletterEdition> selectedEdition = new SimpleObjectProperty<>();
    private final StringProperty newSubject = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> newSendDate = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyStringWrapper notice = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final BooleanBinding canAddEdition;
    private final StringBinding summaryText;
    private final StringBinding notReceivedText;
    private boolean shown;

    public NewsletterViewModel(NewsletterRepository newsletter, ReminderRepository reminders,
                               SegmentSource segmentSource, TaskRunner tasks, Dialogs dialogs, Texts texts,
                               Dates dates, HistoryChanges changes) {
        this.newsletter = newsletter;
        this.segmentSource = segmentSource;
        this.reminders = reminders;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        canAddEdition = Bindings.createBooleanBinding(() -> !Strings.isBlank(newSubject.get())
                && newSubject.get().strip().length() <= NewsletterEdition.MAX_SUBJECT_LENGTH
                && newSendDate.get() != null, newSubject, newSendDate);
        summaryText = Bindings.createStringBinding(() -> texts.get("newsletter.summary", subscribers.size(),
                withoutEmail.get()), subscribers, withoutEmail);
        notReceivedText = Bindings.createStringBinding(() -> latestSent.get() == null
                ? texts.get("newsletter.notReceived.noEdition")
                : texts.get("newsletter.notReceived.since", latestSent.get().subject(),
                dates.date(latestSent.get().sendDate()), notReceived.size()), latestSent, notReceived);
        onlySegment.addListener((observable, before, after) -> showList());
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

    /** Reads the list and the editions again. */
    public void load() {
        newSendDate.set(newSendDate.get() == null ? dates.today() : newSendDate.get());
        runner.run("task.loadNewsletter", progress -> {
            List<Subscription> consents = newsletter.active(NewsletterChannel.EMAIL);
            List<ContactDetails> clients = newsletter.contacts(consents.stream().map(Subscription::clientId).toList());
            List<Subscriber> list = NewsletterList.subscribers(consents, clients);
            List<NewsletterEdition> all = newsletter.editions();
            NewsletterEdition latest = all.stream().filter(NewsletterEdition::isSent)
                    .max(java.util.Comparator.comparing(NewsletterEdition::sentAt)).orElse(null);
            List<Recipient> received = latest == null ? List.of() : newsletter.recipients(latest.id());
            Map<Long, ContactDetails> byId = clients.stream()
                    .collect(Collectors.toMap(ContactDetails::id, Function.identity()));
            int noEmail = (int) consents.stream().filter(s -> byId.containsKey(s.clientId()) && NewsletterList
                    .exclusion(s, byId.get(s.clientId())) == NewsletterList.Exclusion.NO_EMAIL).count();
            return new Loaded(list, all, latest, NewsletterList.notAmong(list, received), noEmail);
        }, loaded -> {
            notice.set("");
            everySubscriber = loaded.subscribers();
            everyNotReceived = loaded.notReceived();
            editions.setAll(loaded.editions());
            latestSent.set(loaded.latest());
            withoutEmail.set(loaded.withoutEmail());
            showList();
        });
    }

    /** The list, and who missed the latest edition, narrowed to the chosen segment's clients if one is chosen. */
    private void showList() {
        Set<Long> members = members();
        subscribers.setAll(only(everySubscriber, members));
        notReceived.setAll(only(everyNotReceived, members));
    }

    /** The chosen segment's clients now, or null when the list is for every subscriber. */
    private Set<Long> members() {
        return onlySegment.get() == null ? null : segmentSource.members(onlySegment.get());
    }

    private static List<Subscriber> only(List<Subscriber> list, Set<Long> members) {
        return members == null ? list : list.stream().filter(entry -> members.contains(entry.client().id())).toList();
    }

    private record Loaded(List<Subscriber> subscribers, List<NewsletterEdition> editions, NewsletterEdition latest,
                          List<Subscriber> notReceived, int withoutEmail) {
    }

    public void addEdition() {
        if (!canAddEdition.get()) {
            return;
        }
        NewsletterEdition planned = NewsletterEdition.planned(newSubject.get(), newSendDate.get());
        runner.run("task.saveEdition", progress -> newsletter.create(planned), saved -> {
            newSubject.set("");
            load();
        });
    }

    /** Marks the edition sent to everyone on the list now, after confirming how many that is. */
    public void markSent(NewsletterEdition edition) {
        if (edition == null || edition.isSent()) {
            return;
        }
        if (!dialogs.confirm(texts.get("newsletter.markSent.title"), texts.get("newsletter.markSent.message",
                edition.subject(), subscribers.size()), texts.get("newsletter.markSent.confirm"))) {
            return;
        }
        Set<Long> members = members();
        runner.run("task.saveEdition", progress -> {
            // The list is read again inside the task: the recipients are the subscribers at this moment.
            List<Subscription> consents = newsletter.active(NewsletterChannel.EMAIL);
            List<Subscriber> now = only(NewsletterList.subscribers(consents,
                    newsletter.contacts(consents.stream().map(Subscription::clientId).toList())), members);
            return newsletter.markSent(edition, NewsletterList.recipients(now), dates.now());
        }, sent -> load());
    }

    public void deleteEdition(NewsletterEdition edition) {
        if (edition == null || !dialogs.confirm(texts.get("newsletter.delete.title"),
                texts.get("newsletter.delete.message", edition.subject()), texts.get("action.delete"))) {
            return;
        }
        runner.run("task.saveEdition", progress -> {
            newsletter.delete(edition.id());
            return edition;
        }, deleted -> load());
    }

    /** The list in Mailchimp's CSV layout. */
    public void exportCsv() {
        List<Subscriber> list = List.copyOf(subscribers);
        LocalDate today = dates.today();
        dialogs.chooseFileToSave(texts.get("reminders.export.title"), "newsletter-subscribers.csv", "*.csv")
                .ifPresent(file -> runner.run("task.exportList", progress -> {
                    Path partial = file.resolveSibling(file.getFileName() + ".part");
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        ContactCsv.writeMailingList(out, list, today, reminders.settings().missingDayRule());
                    }
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                    return file;
                }, written -> dialogs.showInfo(texts.get("reminders.export.done", written.toString()))));
    }

    /** The addresses for a mail program's BCC field: everyone on the list, or only those who missed the latest edition. */
    public String bccList(boolean onlyNotReceived) {
        return NewsletterList.bccList(onlyNotReceived ? notReceived : subscribers);
    }

    /** Tells the user the BCC list was copied (the view puts it on the clipboard). */
    public void bccCopied(boolean onlyNotReceived) {
        notice.set(texts.get("newsletter.bcc.copied", (onlyNotReceived ? notReceived : subscribers).size()));
    }

    public String describe(NewsletterEdition edition) {
        return edition.isSent() ? texts.get("newsletter.edition.sent", dates.date(dates.dayOf(edition.sentAt())),
                edition.recipientCount()) : texts.get("newsletter.edition.planned", dates.date(edition.sendDate()));
    }

    public ObservableList<Subscriber> subscribers() { return subscribers; }
    /** The saved segments the list can be narrowed to. */
    public ObservableList<SavedSegment> segmentChoices() { return segmentSource.segments(); }
    /** The segment the list is narrowed to; null for every subscriber. */
    public ObjectProperty<SavedSegment> onlySegmentProperty() { return onlySegment; }
    public ObservableList<Subscriber> notReceived() { return notReceived; }
    public ObservableList<NewsletterEdition> editions() { return editions; }
    public ReadOnlyObjectProperty<NewsletterEdition> latestSentProperty() { return latestSent.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty withoutEmailProperty() { return withoutEmail.getReadOnlyProperty(); }
    public ObjectProperty<NewsletterEdition> selectedEditionProperty() { return selectedEdition; }
    public StringProperty newSubjectProperty() { return newSubject; }
    public ObjectProperty<LocalDate> newSendDateProperty() { return newSendDate; }
    public BooleanBinding canAddEditionProperty() { return canAddEdition; }
    public StringBinding summaryTextProperty() { return summaryText; }
    public StringBinding notReceivedTextProperty() { return notReceivedText; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public Dates dates() { return dates; }
}
