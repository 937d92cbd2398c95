package app.clientele.viewmodel.interactions;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.Interaction;
import app.clientele.domain.InteractionQuery;
import app.clientele.domain.InteractionRepository;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every interaction across clients, filtered by date range, channel, client and text, sorted by a
 * column and read a page at a time from the database (histories can be large). The counts say
 * how many match in all and on each channel.
 */
public final class InteractionsViewModel {
    public static final int PAGE_SIZE = 200;

    private final InteractionRepository interactions;
    private final Texts texts;
    private final Dates dates;
    private final LogInteractionViewModel logForm;
    private final BusyRunner runner;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty clientText = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<InteractionQuery.Sort> sort = new ReadOnlyObjectWrapper<>(InteractionQuery.Sort.DATE);
    private boolean ascending;
    private final ObservableList<Interaction> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<Map<Channel, Long>> channelCounts = new ReadOnlyObjectWrapper<>(Map.of());
    private final BooleanBinding hasMore;
    private final StringBinding countText;
    private final StringBinding channelCountsText;
    private boolean active;
    /**
     * Counts requests: a request overtaken by a newer filter before it starts is skipped (typing
     * queues one per key), and an answer to an outdated filter is dropped.
     */
    private final AtomicLong generation = new AtomicLong();

    public InteractionsViewModel(InteractionRepository interactions, LogInteractionViewModel logForm, TaskRunner tasks,
                                 Dialogs dialogs, Texts texts, Dates dates, HistoryChanges changes) {
        this.interactions = interactions;
        this.logForm = logForm;
        this.texts = texts;
        this.dates = dates;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        hasMore = Bindings.createBooleanBinding(() -> rows.size() < total.get(), rows, total);
        countText = Bindings.createStringBinding(() -> texts.get("interactions.count", total.get()), total);
        channelCountsText = Bindings.createStringBinding(() -> channelCounts.get().entrySet().stream()
                .map(count -> texts.of(count.getKey()) + " " + count.getValue())
                .collect(Collectors.joining(" · ")), channelCounts);
        for (Observable filter : new Observable[] {from, to, channel, clientText, text}) {
            filter.addListener(observable -> reloadIfActive());
        }
        changes.addListener(clientIds -> reloadIfActive());
    }

    /** Starts showing (the first time the view opens) and reads the first page. */
    public void activate() {
        active = true;
        reload();
    }

    /** Sorts by a column; null goes back to newest first. */
    public void sort(InteractionQuery.Sort column, boolean inAscendingOrder) {
        sort.set(column == null ? InteractionQuery.Sort.DATE : column);
        ascending = column != null && inAscendingOrder;
        reloadIfActive();
    }

    public void loadMore() {
        if (!hasMore.get()) {
            return;
        }
        long asked = generation.get();
        InteractionQuery query = query();
        int offset = rows.size();
        runner.run("task.loadInteractions", progress -> interactions.search(query, offset, PAGE_SIZE), page -> {
            if (asked == generation.get() && rows.size() == offset) {
                rows.addAll(page);
            }
        });
    }

    public void clearFilters() {
        from.set(null);
        to.set(null);
        channel.set(null);
        clientText.set("");
        text.set("");
    }

    /** Logs a new interaction with the first client of the selected one. */
    public void logLike(Interaction selected) {
        logForm.start(selected == null ? null : selected.participants().get(0));
    }

    public void edit(Interaction interaction) {
        if (interaction != null) {
            logForm.edit(interaction);
        }
    }

    /** The query the filters describe; "to" includes the whole of its day in the user's zone. */
    public InteractionQuery query() {
        return new InteractionQuery(from.get() == null ? null : dates.startOf(from.get()),
                to.get() == null ? null : dates.startOf(to.get().plusDays(1)), channel.get(), clientText.get(),
                text.get(), sort.get(), ascending);
    }

    public String when(Interaction interaction) {
        return dates.dateTime(interaction.occurredAt());
    }

    public String clientNames(Interaction interaction) {
        return interaction.participants().stream().map(ClientRef::displayName).collect(Collectors.joining(", "));
    }

    private void reloadIfActive() {
        if (active) {
            reload();
        }
    }

    private void reload() {
        long asked = generation.incrementAndGet();
        InteractionQuery query = query();
        runner.run("task.loadInteractions", progress -> asked != generation.get() ? null
                : new Result(interactions.search(query, 0, PAGE_SIZE), interactions.count(query),
                        interactions.countByChannel(query)), result -> {
                    if (result != null && asked == generation.get()) {
                        total.set(result.total());
                        channelCounts.set(result.byChannel());
                        rows.setAll(result.rows());
                    }
                });
    }

    private record Result(List<Interaction> rows, long total, Map<Channel, Long> byChannel) {
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public StringProperty clientTextProperty() { return clientText; }
    public StringProperty textProperty() { return text; }
    public ReadOnlyObjectProperty<InteractionQuery.Sort> sortProperty() { return sort.getReadOnlyProperty(); }
    public ObservableList<Interaction> rows() { return rows; }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Map<Channel, Long>> channelCountsProperty() { return channelCounts.getReadOnlyProperty(); }
    public BooleanBinding hasMoreProperty() { return hasMore; }
    public StringBinding countTextProperty() { return countText; }
    public StringBinding channelCountsTextProperty() { return channelCountsText; }
}
