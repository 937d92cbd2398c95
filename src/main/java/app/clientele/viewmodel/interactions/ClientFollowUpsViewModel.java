package app.clientele.viewmodel.interactions;

import app.clientele.domain.ClientRef;
import app.clientele.domain.ContactCadence;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpRepository;
import app.clientele.domain.KeepInTouchRepository;
import app.clientele.domain.Relationship;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected client's follow-ups (open ones first, then the latest closed ones) and how often
 * they should be contacted. Changing the cadence is stored at once.
 */
public final class ClientFollowUpsViewModel {
    static final int CLOSED_SHOWN = 10;

    private final FollowUpRepository followUps;
    private final KeepInTouchRepository keepInTouch;
    private final Texts texts;
    private final BusyRunner runner;
    private final FollowUpActions actions;
    private final HistoryChanges changes;
    private final ReadOnlyObjectWrapper<ClientRef> client = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Relationship> relationship = new ReadOnlyObjectWrapper<>(Relationship.CLIENT);
    private final ObservableList<FollowUp> items = FXCollections.observableArrayList();
    private final ObjectProperty<CadenceChoice> cadence = new SimpleObjectProperty<>();
    private final ObservableList<CadenceChoice> cadenceChoices = FXCollections.observableArrayList();
    private boolean loadingCadence;

    /** One entry of the cadence menu: days (null for the relationship's default, 0 for never) and its text. */
    public record CadenceChoice(Integer days, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public ClientFollowUpsViewModel(FollowUpRepository followUps, KeepInTouchRepository keepInTouch,
                                    FollowUpActions actions, TaskRunner tasks, Dialogs dialogs, Texts texts,
                                    HistoryChanges changes) {
        this.followUps = followUps;
        this.keepInTouch = keepInTouch;
        this.actions = actions;
        this.changes = changes;
        this.texts = texts;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        cadence.addListener((observable, before, after) -> {
            if (!loadingCadence && client.get() != null && after != null
                    && (before == null || !Objects.equals(before.days(), after.days()))) {
                saveCadence(client.get(), after.days());
            }
        });
        changes.addListener(clientIds -> {
            if (client.get() != null && clientIds.contains(client.get().id())) {
                reload(client.get());
            }
        });
    }

    /** Shows a client's follow-ups and cadence; null clears them. */
    public void open(ClientRef shown, Relationship shownRelationship) {
        client.set(shown);
        relationship.set(shownRelationship == null ? Relationship.CLIENT : shownRelationship);
        items.clear();
        loadingCadence = true;
        try {
            cadenceChoices.setAll(choices());
        } finally {
            loadingCadence = false;
        }
        setCadenceQuietly(null);
        if (shown != null) {
            runner.run("task.loadFollowUps", progress -> keepInTouch.cadence(shown.id()), own -> {
                if (shown.equals(client.get())) {
                    setCadenceQuietly(own.orElse(null));
                }
            });
            reload(shown);
        }
    }

    public void complete(FollowUp followUp) {
        actions.complete(followUp, done -> { });
    }

    public void reopen(FollowUp followUp) {
        actions.reopen(followUp, reopened -> { });
    }

    public FollowUpActions actions() {
        return actions;
    }

    /** "Default (every 90 days)", "Every 30 days", …, "Never remind". */
    private List<CadenceChoice> choices() {
        List<CadenceChoice> choices = new ArrayList<>();
        choices.add(new CadenceChoice(null,
                texts.get("keepInTouch.default", ContactCadence.defaultDays(relationship.get()))));
        ContactCadence.CHOICES.forEach(days -> choices.add(new CadenceChoice(days, texts.get("keepInTouch.every", days))));
        choices.add(new CadenceChoice(ContactCadence.NEVER, texts.get("keepInTouch.never")));
        return choices;
    }

    private CadenceChoice choiceFor(Integer days) {
        return cadenceChoices.stream().filter(choice -> Objects.equals(choice.days(), days)).findFirst()
                .orElseGet(() -> {
                    // A cadence stored by another version or typed elsewhere is still shown.
                    CadenceChoice own = new CadenceChoice(days, texts.get("keepInTouch.every", days));
                    cadenceChoices.add(own);
                    return own;
                });
    }

    private void reload(ClientRef shown) {
        runner.run("task.loadFollowUps", progress -> followUps.forClient(shown.id(), CLOSED_SHOWN), list -> {
            if (shown.equals(client.get())) {
                items.setAll(list);
            }
        });
    }

    private void saveCadence(ClientRef forClient, Integer days) {
        runner.run("task.saveCadence", progress -> {
            keepInTouch.setCadence(forClient.id(), days);
            return forClient;
        }, saved -> changes.fire(List.of(saved.id())));
    }

    private void setCadenceQuietly(Integer days) {
        loadingCadence = true;
        try {
            cadence.set(choiceFor(days));
        } finally {
            loadingCadence = false;
        }
    }

    public ReadOnlyObjectProperty<ClientRef> clientProperty() { return client.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Relationship> relationshipProperty() { return relationship.getReadOnlyProperty(); }
    public ObservableList<FollowUp> items() { return items; }
    public ObjectProperty<CadenceChoice> cadenceProperty() { return cadence; }
    public ObservableList<CadenceChoice> cadenceChoices() { return cadenceChoices; }
}
