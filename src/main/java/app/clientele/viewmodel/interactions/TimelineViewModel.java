package app.clientele.viewmodel.interactions;

import app.clientele.domain.ClientRef;
import app.clientele.domain.Interaction;
import app.clientele.domain.InteractionRepository;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One client's history, newest first, read a page at a time so a long history opens at once. It
 * follows the client selected in the Clients workspace and reloads when that client's history
 * changes.
 */
public final class TimelineViewModel {
    public static final int PAGE_SIZE = 50;

    private final InteractionRepository interactions;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final HistoryChanges changes;
    private final BusyRunner runner;
    private final ReadOnlyObjectWrapper<ClientRef> client = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Interaction> entries = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final BooleanBinding hasMore;
    private final StringBinding lastContactText;
    private final StringBinding countText;

    public TimelineViewModel(InteractionRepository interactions, TaskRunner tasks, Dialogs dialogs, Texts texts,
                             Dates dates, HistoryChanges changes) {
        this.interactions = interactions;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.changes = changes;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        hasMore = Bindings.createBooleanBinding(() -> entries.size() < total.get(), entries, total);
        lastContactText = Bindings.createStringBinding(this::describeLastContact, entries, client);
        countText = Bindings.createStringBinding(() -> texts.get("interactions.count", total.get()), total);
        changes.addListener(clientIds -> {
            if (client.get() != null && clientIds.contains(client.get().id())) {
                reload(Math.max(PAGE_SIZE, entries.size()));
            }
        });
    }

    /** Shows a client's history from the newest interaction; null clears it. */
    public void open(ClientRef shown) {
        client.set(shown);
        entries.clear();
        total.set(0);
        if (shown != null) {
            reload(PAGE_SIZE);
        }
    }

    /** Reads the next page of older interactions. */
    public void loadMore() {
        ClientRef current = client.get();
        if (current == null || !hasMore.get()) {
            return;
        }
        int offset = entries.size();
        runner.run("task.loadHistory", progress -> interactions.timeline(current.id(), offset, PAGE_SIZE), page -> {
            if (current.equals(client.get()) && entries.size() == offset) {
                entries.addAll(page);
            }
        });
    }

    /** Deletes an interaction after the user confirms. */
    public void delete(Interaction interaction) {
        if (interaction == null || !dialogs.confirm(texts.get("interactions.delete.title"),
                texts.get("interactions.delete.message"), texts.get("action.delete"))) {
            return;
        }
        runner.run("task.deleteInteraction", progress -> {
            interactions.delete(interaction.id());
            return interaction;
        }, deleted -> changes.fire(deleted.clientIds()));
    }

    /** "Phone call · outbound · with Lee, Park": the heading of one entry for the open client. */
    public String heading(Interaction interaction) {
        StringBuilder heading = new StringBuilder(texts.of(interaction.channel()))
                .append(" · ").append(texts.of(interaction.direction()));
        ClientRef current = client.get();
        String others = interaction.participants().stream()
                .filter(participant -> current == null || participant.id() != current.id())
                .map(ClientRef::displayName).collect(Collectors.joining(", "));
        if (!others.isEmpty()) {
            heading.append(" · ").append(texts.get("interactions.with", others));
        }
        return heading.toString();
    }

    /** When it happened, and who logged it when that is known: "3 Mar 2026, 14:02 · logged by Anna". */
    public String when(Interaction interaction) {
        String when = dates.dateTime(interaction.occurredAt());
        return interaction.createdBy() == null ? when : texts.get("who.loggedBy", when, interaction.createdBy());
    }

    private void reload(int count) {
        ClientRef current = client.get();
        runner.run("task.loadHistory", progress -> new Page(interactions.timeline(current.id(), 0, count),
                interactions.countFor(current.id())), page -> {
                    if (current.equals(client.get())) {
                        total.set(page.total());
                        entries.setAll(page.entries());
                    }
                });
    }

    private record Page(List<Interaction> entries, long total) {
    }

    private String describeLastContact() {
        if (client.get() == null) {
            return "";
        }
        if (entries.isEmpty()) {
            return texts.get("interactions.lastContact.never");
        }
        Instant last = entries.get(0).occurredAt();
        return texts.get("interactions.lastContact", dates.dateTime(last), dates.ago(last));
    }

    public ReadOnlyObjectProperty<ClientRef> clientProperty() { return client.getReadOnlyProperty(); }
    public ObservableList<Interaction> entries() { return entries; }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public BooleanBinding hasMoreProperty() { return hasMore; }
    public StringBinding lastContactTextProperty() { return lastContactText; }
    public StringBinding countTextProperty() { return countText; }
}
