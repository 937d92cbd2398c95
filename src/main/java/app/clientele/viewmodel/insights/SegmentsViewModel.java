package app.clientele.viewmodel.insights;

import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.SavedSegment;
import app.clientele.domain.SavedSegmentRepository;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.Navigator;
import app.clientele.viewmodel.SegmentSource;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.interactions.BusyRunner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Saved segments in the sidebar, each with a live count of its clients: the counts are worked out
 * again, in the background, whenever the clients change. Opening a segment shows its clients in the
 * Clients view; the Clients view's filters can be saved as a new segment.
 */
public final class SegmentsViewModel implements SegmentSource {
    /** A segment and how many clients it holds now. */
    public record Item(SavedSegment segment, long count) {
        public String name() {
            return segment.name();
        }
    }

    private final SavedSegmentRepository repository;
    private final ClientsViewModel clients;
    private final Navigator navigator;
    private final String clientsSection;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final TaskRunner tasks;
    private final BusyRunner runner;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    /** Held here: the read-only view of the clients only passes changes on while someone holds it. */
    private final ObservableList<ClientSummary> allClients;
    private final ObservableList<SavedSegment> segments = FXCollections.observableArrayList();
    private boolean counting;
    private boolean countAgain;

    public SegmentsViewModel(SavedSegmentRepository repository, ClientsViewModel clients, Navigator navigator,
                             String clientsSection, TaskRunner tasks, Dialogs dialogs, Texts texts, Dates dates) {
        this.repository = repository;
        this.clients = clients;
        this.navigator = navigator;
        this.clientsSection = clientsSection;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        this.allClients = clients.allClients();
        allClients.addListener((ListChangeListener<ClientSummary>) change -> count());
    }

    /** Reads the segments and counts their clients. */
    public void load() {
        runner.run("task.loadSegments", progress -> repository.all(), loaded -> {
            segments.setAll(loaded);
            count();
        });
    }

    /** Shows the segment's clients in the Clients view. */
    public void open(Item item) {
        navigator.show(clientsSection);
        clients.applyFilter(item.segment().filter(), texts.get("segments.showing", item.name()));
    }

    /** Saves the Clients view's search and filters as a new segment, under a name the user gives. */
    public void saveCurrent() {
        ClientFilter filter = clients.currentFilter();
        if (!filter.isSavable()) {
            dialogs.showError(texts.get("segments.error.notSavable"));
            return;
        }
        askName(texts.get("segments.save.title"), "").ifPresent(name -> runner.run("task.saveSegment",
                progress -> repository.create(SavedSegment.named(name, filter)), saved -> {
                    load();
                    clients.applyFilter(filter, texts.get("segments.showing", saved.name()));
                }));
    }

    /** Replaces what a segment selects with the Clients view's current search and filters. */
    public void replaceWithCurrent(Item item) {
        ClientFilter filter = clients.currentFilter();
        if (!filter.isSavable()) {
            dialogs.showError(texts.get("segments.error.notSavable"));
            return;
        }
        if (dialogs.confirm(texts.get("segments.replace.title"), texts.get("segments.replace.message", item.name()),
                texts.get("segments.replace.confirm"))) {
            runner.run("task.saveSegment", progress -> repository.update(item.segment().withFilter(filter)),
                    saved -> load());
        }
    }

    public void rename(Item item) {
        askName(texts.get("segments.rename.title"), item.name()).ifPresent(name -> runner.run("task.saveSegment",
                progress -> repository.update(item.segment().renamed(name)), saved -> load()));
    }

    /** Deletes a segment (never its clients) after the user confirms. */
    public void delete(Item item) {
        if (dialogs.confirm(texts.get("segments.delete.title"), texts.get("segments.delete.message", item.name()),
                texts.get("action.delete"))) {
            runner.run("task.saveSegment", progress -> {
                repository.delete(item.segment().id());
                return item;
            }, deleted -> load());
        }
    }

    private Optional<String> askName(String title, String initial) {
        Optional<String> name = dialogs.askText(title, texts.get("segments.name"), initial);
        if (name.isPresent() && name.get().length() > SavedSegment.MAX_NAME_LENGTH) {
            dialogs.showError(texts.get("validation.tooLong", SavedSegment.MAX_NAME_LENGTH));
            return Optional.empty();
        }
        return name.filter(text -> !text.isBlank());
    }

    /**
     * Counts each segment's clients on a copy of the list, off the FX thread. Changes that arrive
     * meanwhile are counted once more afterwards, never in parallel.
     */
    private void count() {
        if (counting) {
            countAgain = true;
            return;
        }
        counting = true;
        List<ClientSummary> snapshot = List.copyOf(allClients);
        List<SavedSegment> counted = List.copyOf(segments);
        LocalDate today = dates.today();
        ZoneId zone = dates.zone();
        tasks.run(texts.get("task.countSegments"), progress -> counted.stream().map(segment -> {
            Predicate<ClientSummary> matches = segment.filter().matcher(today, zone);
            return new Item(segment, snapshot.stream().filter(matches).count());
        }).toList(), counts -> {
            items.setAll(counts);
            countsDone();
        }, failure -> countsDone());
    }

    private void countsDone() {
        counting = false;
        if (countAgain) {
            countAgain = false;
            count();
        }
    }

    public ObservableList<Item> items() {
        return items;
    }

    @Override
    public ObservableList<SavedSegment> segments() {
        return segments;
    }

    @Override
    public Set<Long> members(SavedSegment segment) {
        Predicate<ClientSummary> matches = segment.filter().matcher(dates.today(), dates.zone());
        return allClients.stream().filter(matches).map(ClientSummary::id).collect(Collectors.toUnmodifiableSet());
    }
}
