package app.clientele.viewmodel.interactions;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.ConnectionRepository;
import app.clientele.domain.Direction;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpRepository;
import app.clientele.domain.Interaction;
import app.clientele.domain.InteractionRepository;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The "log interaction" form (Ctrl+L): who, when, how, what was said and how the client felt,
 * with an optional follow-up saved together. It starts with the quickest case filled in: now, a
 * phone call, outbound. The window shows it while {@link #showingProperty()} is true.
 */
public final class LogInteractionViewModel {
    static final int SUGGESTION_LIMIT = 8;

    private final InteractionRepository interactions;
    private final FollowUpRepository followUps;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final HistoryChanges changes;
    private final Supplier<List<ClientSummary>> clients;
    private final ConnectionRepository connections;
    private final BusyRunner runner;
    private final BusyRunner offers;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Interaction> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ClientRef> participants = FXCollections.observableArrayList();
    private final ObservableList<ClientRef> offered = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.PHONE_CALL);
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.OUTBOUND);
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final ObjectProperty<Integer> satisfaction = new SimpleObjectProperty<>();
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty addFollowUp = new SimpleBooleanProperty(false);
    private final FollowUpFields followUp;

    private final StringBinding participantsError;
    private final StringBinding whenError;
    private final StringBinding subjectError;
    private final BooleanBinding valid;
    private final StringBinding title;

    public LogInteractionViewModel(InteractionRepository interactions, FollowUpRepository followUps, TaskRunner tasks,
                                   Dialogs dialogs, Texts texts, Dates dates, HistoryChanges changes,
                                   Supplier<List<ClientSummary>> clients, ConnectionRepository connections) {
        this.interactions = interactions;
        this.followUps = followUps;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.changes = changes;
        this.clients = clients;
        this.connections = connections;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        this.offers = new BusyRunner(tasks, dialogs, texts);
        this.followUp = new FollowUpFields(texts);
        participantsError = Bindings.createStringBinding(
                () -> participants.isEmpty() ? texts.get("interactions.validation.participants") : null, participants);
        whenError = Bindings.createStringBinding(this::validateWhen, date, time);
        subjectError = Bindings.createStringBinding(() -> Strings.trimToEmpty(subject.get()).length()
                > Interaction.MAX_SUBJECT_LENGTH ? texts.get("validation.tooLong", Interaction.MAX_SUBJECT_LENGTH)
                : null, subject);
        valid = participantsError.isNull().and(whenError.isNull()).and(subjectError.isNull())
                .and(addFollowUp.not().or(followUp.validProperty()));
        title = Bindings.createStringBinding(() -> texts.get(editing.get() == null
                ? "interactions.log.title" : "interactions.edit.title"), editing);
        participants.addListener((ListChangeListener<ClientRef>) change -> offerPeople());
    }

    /** Offers the people of the organisations taking part, so a meeting with a firm can name who was there. */
    private void offerPeople() {
        List<Long> ids = participants.stream().map(ClientRef::id).toList();
        if (ids.isEmpty()) {
            offered.clear();
            return;
        }
        offers.run("task.loadConnections", progress -> connections.peopleOf(ids), people -> offered.setAll(
                people.stream().filter(person -> participants.stream().noneMatch(p -> p.id() == person.id())).toList()));
    }

    /** Opens an empty form for one client: now, phone call, outbound. */
    public void start(ClientRef client) {
        start(client, "");
    }

    /** Opens an empty form for one client with a subject already written (e.g. a finished follow-up's title). */
    public void start(ClientRef client, String suggestedSubject) {
        if (client == null) {
            dialogs.showError(texts.get("interactions.log.noClient"));
            return;
        }
        editing.set(null);
        participants.setAll(client);
        date.set(dates.today());
        time.set(Dates.formatTime(dates.now().atZone(dates.zone()).toLocalTime()));
        channel.set(Channel.PHONE_CALL);
        direction.set(Direction.OUTBOUND);
        subject.set(Strings.trimToEmpty(suggestedSubject));
        notes.set("");
        outcome.set("");
        satisfaction.set(null);
        feedback.set("");
        addFollowUp.set(false);
        followUp.reset("", dates.today().plusDays(1));
        showing.set(true);
    }

    /** Opens a stored interaction for correction. */
    public void edit(Interaction interaction) {
        editing.set(interaction);
        participants.setAll(interaction.participants());
        date.set(dates.dayOf(interaction.occurredAt()));
        time.set(Dates.formatTime(interaction.occurredAt().atZone(dates.zone()).toLocalTime()));
        channel.set(interaction.channel());
        direction.set(interaction.direction());
        subject.set(Strings.trimToEmpty(interaction.subject()));
        notes.set(Strings.trimToEmpty(interaction.notes()));
        outcome.set(Strings.trimToEmpty(interaction.outcome()));
        satisfaction.set(interaction.satisfaction());
        feedback.set(Strings.trimToEmpty(interaction.feedback()));
        addFollowUp.set(false);
        followUp.reset("", dates.today().plusDays(1));
        showing.set(true);
    }

    /** Clients whose name, organisation, email, phone or tag matches, for adding another participant. */
    public List<ClientRef> suggestions(String text) {
        if (Strings.isBlank(text)) {
            return List.of();
        }
        Predicate<ClientSummary> matches = new ClientFilter(text, null, null, null, false).matcher();
        return clients.get().stream().filter(matches)
                .filter(client -> participants.stream().noneMatch(p -> p.id() == client.id()))
                .limit(SUGGESTION_LIMIT)
                .map(client -> new ClientRef(client.id(), client.displayName()))
                .toList();
    }

    public void addParticipant(ClientRef client) {
        if (client != null && participants.stream().noneMatch(p -> p.id() == client.id())) {
            participants.add(client);
        }
    }

    public void removeParticipant(ClientRef client) {
        participants.remove(client);
    }

    /** Stores the interaction (and the follow-up, if asked for) and closes the form. */
    public void save() {
        if (!valid.get()) {
            return;
        }
        Interaction base = editing.get();
        Interaction edited = new Interaction(base == null ? null : base.id(), base == null ? 0 : base.version(),
                List.copyOf(participants),
                date.get().atTime(Dates.parseTime(time.get())).atZone(dates.zone()).toInstant(),
                channel.get(), direction.get(), subject.get(), notes.get(), outcome.get(), satisfaction.get(),
                feedback.get(), base == null ? null : base.createdAt(), base == null ? null : base.updatedAt(),
                base == null ? null : base.createdBy(), base == null ? null : base.updatedBy());
        boolean withFollowUp = addFollowUp.get();
        runner.run(edited.isNew() ? "task.logInteraction" : "task.saveInteraction", progress -> {
            Interaction saved = edited.isNew() ? interactions.create(edited) : interactions.update(edited);
            if (withFollowUp) {
                followUps.create(followUp.toFollowUp(saved.participants().get(0), saved.id()));
            }
            return saved;
        }, saved -> {
            showing.set(false);
            changes.fire(clientIdsOf(base, saved));
        });
    }

    public void cancel() {
        showing.set(false);
    }

    /** Everyone whose history changed: the participants now and, for an edit, before. */
    private static List<Long> clientIdsOf(Interaction before, Interaction after) {
        if (before == null) {
            return after.clientIds();
        }
        return Stream.concat(before.clientIds().stream(), after.clientIds().stream())
                .distinct().toList();
    }

    private String validateWhen() {
        if (date.get() == null) {
            return texts.get("interactions.validation.date");
        }
        String timeProblem = FollowUpFields.timeError(texts, time.get());
        if (timeProblem != null) {
            return timeProblem;
        }
        return date.get().isAfter(dates.today()) ? texts.get("interactions.validation.future") : null;
    }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Interaction> editingProperty() { return editing.getReadOnlyProperty(); }
    public ObservableList<ClientRef> participants() { return participants; }
    /** People of the organisations taking part who are not taking part yet: one click adds them. */
    public ObservableList<ClientRef> offered() { return offered; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public ObjectProperty<Direction> directionProperty() { return direction; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty outcomeProperty() { return outcome; }
    public ObjectProperty<Integer> satisfactionProperty() { return satisfaction; }
    public StringProperty feedbackProperty() { return feedback; }
    public BooleanProperty addFollowUpProperty() { return addFollowUp; }
    public FollowUpFields followUp() { return followUp; }
    public StringBinding participantsErrorProperty() { return participantsError; }
    public StringBinding whenErrorProperty() { return whenError; }
    public StringBinding subjectErrorProperty() { return subjectError; }
    public BooleanBinding validProperty() { return valid; }
    public StringBinding titleProperty() { return title; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
}
