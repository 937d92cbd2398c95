package app.clientele.viewmodel.interactions;

import app.clientele.domain.ClientRef;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpRepository;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The follow-up form on its own: a new follow-up for a client, or a change to an existing one. */
public final class FollowUpEditorViewModel {
    private final FollowUpRepository followUps;
    private final Dates dates;
    private final HistoryChanges changes;
    private final BusyRunner runner;
    private final FollowUpFields fields;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ClientRef> client = new ReadOnlyObjectWrapper<>();
    private final StringBinding title;

    public FollowUpEditorViewModel(FollowUpRepository followUps, TaskRunner tasks, Dialogs dialogs, Texts texts,
                                   Dates dates, HistoryChanges changes) {
        this.followUps = followUps;
        this.dates = dates;
        this.changes = changes;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        this.fields = new FollowUpFields(texts);
        title = Bindings.createStringBinding(() -> client.get() == null ? ""
                : texts.get("followUps.editor.title", client.get().displayName()), client);
    }

    /** A new follow-up for the client, due tomorrow. */
    public void start(ClientRef forClient) {
        if (forClient == null) {
            return;
        }
        client.set(forClient);
        fields.reset("", dates.today().plusDays(1));
        showing.set(true);
    }

    public void edit(FollowUp followUp) {
        client.set(followUp.client());
        fields.load(followUp);
        showing.set(true);
    }

    public void save() {
        if (!fields.validProperty().get()) {
            return;
        }
        FollowUp edited = fields.toFollowUp(client.get(), null);
        runner.run("task.saveFollowUp",
                progress -> edited.id() == null ? followUps.create(edited) : followUps.update(edited),
                saved -> {
                    showing.set(false);
                    changes.fire(List.of(saved.client().id()));
                });
    }

    public void cancel() {
        showing.set(false);
    }

    public FollowUpFields fields() { return fields; }
    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ClientRef> clientProperty() { return client.getReadOnlyProperty(); }
    public StringBinding titleProperty() { return title; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
}
