package app.clientele.viewmodel.insights;

import app.clientele.domain.Client;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.CustomerType;
import app.clientele.domain.InsightsRepository;
import app.clientele.domain.InsightsRepository.ClientHistory;
import app.clientele.i18n.Texts;
import app.clientele.insights.CustomerTypeRules;
import app.clientele.insights.TypeSuggestion;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The customer type Clientele suggests for the open client, and why. The user accepts it or keeps
 * the type they have; a type the user chose themselves (kept, or changed in the form) is not
 * pressed again: the suggestion is then only mentioned.
 */
public final class TypeSuggestionViewModel {
    /** How the suggestion stands against the client's type. */
    public enum State {
        /** Nothing to suggest (no client, no history, or no rule applies). */
        NONE,
        /** A different type is suggested and the user has not chosen one themselves. */
        SUGGESTED,
        /** The client's type is the suggested one. */
        AGREED,
        /** A different type is suggested, but the user chose theirs: mentioned, not pressed. */
        OVERRIDDEN
    }

    private final InsightsRepository insights;
    private final ClientRepository clients;
    private final Texts texts;
    private final Dates dates;
    private final Consumer<Client> onStored;
    private final BusyRunner runner;
    private final ReadOnlyObjectWrapper<Client> client = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TypeSuggestion> suggestion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final StringBinding headline;
    private final StringBinding reasons;
    private final StringBinding acceptText;
    private final StringBinding keepText;
    private final BooleanBinding canChoose;

    /**
     * @param formDirty whether the client form has unsaved changes: choosing a type then waits, so
     *                  that the form's edits are never overwritten
     * @param onStored  shows the client as stored after its type was set
     */
    public TypeSuggestionViewModel(InsightsRepository insights, ClientRepository clients, TaskRunner tasks,
                                   Dialogs dialogs, Texts texts, Dates dates, HistoryChanges changes,
                                   ObservableBooleanValue formDirty, Consumer<Client> onStored) {
        this.insights = insights;
        this.clients = clients;
        this.texts = texts;
        this.dates = dates;
        this.onStored = onStored;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        headline = Bindings.createStringBinding(this::describeHeadline, state);
        reasons = Bindings.createStringBinding(this::describeReasons, state);
        acceptText = Bindings.createStringBinding(() -> suggestion.get() == null ? ""
                : texts.get("suggestion.accept", texts.of(suggestion.get().type())), state);
        keepText = Bindings.createStringBinding(() -> client.get() == null ? ""
                : texts.get("suggestion.keep", texts.of(client.get().customerType())), state);
        canChoose = Bindings.createBooleanBinding(() -> !runner.busyProperty().get() && !formDirty.get(),
                runner.busyProperty(), formDirty);
        changes.addListener(clientIds -> {
            if (client.get() != null && clientIds.contains(client.get().id())) {
                open(client.get());
            }
        });
    }

    /** Follows the client open in the form (null for none or a new one). */
    public void open(Client shown) {
        client.set(shown);
        if (shown == null || shown.isNew()) {
            show(null, State.NONE);
            return;
        }
        LocalDate today = dates.today();
        ZoneId zone = dates.zone();
        // Judged in the background too: a rule may read the whole history.
        runner.run("task.suggestType", progress -> {
            ClientHistory history = insights.history(shown.id(), CustomerTypeRules.recentFrom(today, zone));
            return new Judged(history, CustomerTypeRules.suggest(history, today, zone));
        }, judged -> {
            if (shown.equals(client.get())) {
                judge(judged.history(), judged.suggested());
            }
        });
    }

    private record Judged(ClientHistory history, Optional<TypeSuggestion> suggested) {
    }

    private void judge(ClientHistory history, Optional<TypeSuggestion> suggested) {
        if (suggested.isEmpty()) {
            show(null, State.NONE);
        } else if (suggested.get().type() == history.type()) {
            show(suggested.get(), State.AGREED);
        } else {
            show(suggested.get(), history.typeChosenByUser() ? State.OVERRIDDEN : State.SUGGESTED);
        }
    }

    private void show(TypeSuggestion shown, State newState) {
        suggestion.set(shown);
        state.set(newState);
        // A state that stays the same may still come with new reasons.
        headline.invalidate();
        reasons.invalidate();
        acceptText.invalidate();
        keepText.invalidate();
    }

    /** Gives the client the suggested type; later suggestions may still change it. */
    public void accept() {
        store(suggestion.get().type(), false);
    }

    /** Keeps the client's type as the user's own choice: the suggestion stops asking. */
    public void keep() {
        store(client.get().customerType(), true);
    }

    private void store(CustomerType type, boolean chosenByUser) {
        Client current = client.get();
        if (current == null || !canChoose.get()) {
            return;
        }
        runner.run("task.saveClient", progress -> clients.setCustomerType(current.id(), current.version(), type,
                chosenByUser), onStored);
    }

    private String describeHeadline() {
        TypeSuggestion shown = suggestion.get();
        if (shown == null) {
            return "";
        }
        String type = texts.of(shown.type());
        return switch (state.get()) {
            case SUGGESTED -> texts.get("suggestion.suggested", type);
            case AGREED -> texts.get("suggestion.agreed", type);
            case OVERRIDDEN -> texts.get("suggestion.overridden", type, texts.of(client.get().customerType()));
            case NONE -> "";
        };
    }

    private String describeReasons() {
        TypeSuggestion shown = suggestion.get();
        return shown == null ? "" : texts.get("suggestion.because",
                shown.reasons().stream().map(this::describe).collect(Collectors.joining("; ")));
    }

    private String describe(TypeSuggestion.Reason reason) {
        if (reason instanceof TypeSuggestion.LastScore score) {
            return texts.get("suggestion.reason.lastScore", score.score(), dates.date(score.on()));
        } else if (reason instanceof TypeSuggestion.OpenComplaints complaints) {
            return texts.get("suggestion.reason.openComplaints", complaints.count());
        } else if (reason instanceof TypeSuggestion.InboundBurst burst) {
            return texts.get("suggestion.reason.inboundBurst", burst.contacts(), dates.date(burst.from()),
                    dates.date(burst.to()));
        } else if (reason instanceof TypeSuggestion.FirstContact first) {
            return texts.get("suggestion.reason.firstContact", dates.date(first.on()));
        } else if (reason instanceof TypeSuggestion.EngagedYears years) {
            return texts.get("suggestion.reason.engagedYears", years.years().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")), dates.date(years.lastContact()));
        }
        TypeSuggestion.SingleEngagement single = (TypeSuggestion.SingleEngagement) reason;
        return texts.get("suggestion.reason.singleEngagement", single.contacts(), dates.date(single.from()),
                dates.date(single.to()));
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public StringBinding headlineProperty() { return headline; }
    public StringBinding reasonsProperty() { return reasons; }
    public StringBinding acceptTextProperty() { return acceptText; }
    public StringBinding keepTextProperty() { return keepText; }
    /** Whether accepting or keeping can be done now: not while busy or while the form has unsaved changes. */
    public BooleanBinding canChooseProperty() { return canChoose; }
}
