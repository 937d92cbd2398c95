package app.clientele.viewmodel.clients;

import app.clientele.domain.Client;
import app.clientele.domain.ClientField;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldRepository;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Relationship;
import app.clientele.domain.StaleDataException;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.Trash;
import app.clientele.domain.TrashEntry;
import app.clientele.i18n.Texts;
import app.clientele.text.Collation;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Clients workspace: the searchable, filterable list on the left and the form on the right.
 * It guards unsaved edits: switching clients or starting a new one asks before anything is lost.
 */
public final class ClientsViewModel {
    /** How many rows the list shows before the rest is read: more than a tall window holds. */
    static final int FIRST_SCREEN = 100;
    private final ClientRepository repository;
    private final Trash trash;
    private final UndoHistory undo;
    private final HistoryChanges changes;
    private final CustomFieldRepository customFieldRepository;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final ClientFormViewModel form;

    private final ClientFilters filters = new ClientFilters();
    private final ObservableList<CustomField> customFields = FXCollections.observableArrayList();
    private final ObservableList<ClientSummary> allClients = FXCollections.observableArrayList();
    private final VisibleClients visible;
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<String> accountOwners = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ClientSummary> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ClientSummary> selectedRows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringBinding countText;
    private final StringBinding filterNotice;
    private final Collation collation;
    private final CustomValueTexts customValueTexts;
    private final Comparator<ClientSummary> byName;
    private Comparator<ClientSummary> order;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper clientsStored = new ReadOnlyIntegerWrapper();
    /** Set once the list has first shown its first screen, or learnt it has none, or failed to. */
    private final ReadOnlyBooleanWrapper firstScreenShown = new ReadOnlyBooleanWrapper();
    private int loadGeneration;
    private Long waitingToOpen;
    private int opens;

    public ClientsViewModel(ClientRepository repository, CustomFieldRepository customFieldRepository, Trash trash,
                            UndoHistory undo, HistoryChanges changes, TaskRunner tasks, Dialogs dialogs, Texts texts,
                            Dates dates) {
        this.repository = repository;
        this.customFieldRepository = customFieldRepository;
        this.trash = trash;
        this.undo = undo;
        this.changes = changes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.form = new ClientFormViewModel(texts);
        this.visible = new VisibleClients(allClients, dates);
        this.collation = Collation.forLocale(texts.locale());
        this.customValueTexts = new CustomValueTexts(texts, dates, collation);
        this.byName = Comparator.comparing(ClientSummary::displayName, collation);
        this.order = byName;
        countText = Bindings.createStringBinding(() -> loading.get()
                        ? texts.get("clients.count.loading", visible.list().size(), clientsStored.get())
                        : texts.get("clients.count", visible.list().size()), visible.list(), loading, clientsStored);
        filterNotice = Bindings.createStringBinding(() -> {
            String label = filters.labelProperty().get();
            Set<Long> picked = filters.clientIdsProperty().get();
            return label != null || picked == null ? label : texts.get("clients.filter.picked", picked.size());
        }, filters.labelProperty(), filters.clientIdsProperty());
        filters.filterProperty().addListener((observable, before, after) -> visible.show(after));
    }

    /**
     * Reads every client, and the firm's own fields, from the database in the background: first the
     * names of all (to know the order) and the first screen of rows in that order, shown at once;
     * then the rest, queued behind whatever else the window asked for meanwhile. Until the rest has
     * arrived {@link #loadingProperty()} is true and the count says so.
     */
    public void load() {
        int generation = ++loadGeneration;
        loading.set(true);
        // Its own instance: the keys it computes on the worker are kept for the second step, then dropped.
        Collation sorting = Collation.forLocale(texts.locale());
        runBusy("task.loadClients", progress -> firstScreen(sorting), first -> {
            showFields(first.fields());
            showRows(first.summaries(), first.total());
            tags.setAll(first.tags());
            tags.sort(collation);
            firstScreenShown.set(true);
            if (first.summaries().size() == first.total()) {
                finishLoading(generation);
                return;
            }
            tasks.run(texts.get("task.loadClients"), progress -> inNameOrder(repository.summaries(), sorting),
                    all -> {
                        showRows(all, all.size());
                        finishLoading(generation);
                    }, failure -> {
                        finishLoading(generation);
                        showFailure(failure);
                    });
        }, () -> finishLoading(generation));
    }

    private FirstScreen firstScreen(Collation sorting) {
        List<ClientRef> names = new ArrayList<>(repository.names());
        names.sort(Comparator.comparing(ClientRef::displayName, sorting));
        List<Long> first = names.stream().limit(FIRST_SCREEN).map(ClientRef::id).toList();
        return new FirstScreen(inNameOrder(repository.summaries(first), sorting), names.size(), repository.tags(),
                customFieldRepository.fields());
    }

    private static List<ClientSummary> inNameOrder(List<ClientSummary> summaries, Collation sorting) {
        List<ClientSummary> sorted = new ArrayList<>(summaries);
        sorted.sort(Comparator.comparing(ClientSummary::displayName, sorting));
        return sorted;
    }

    private void showFields(List<CustomField> fields) {
        customFields.setAll(fields);
        CustomField filtered = filters.fieldProperty().get();
        if (filtered != null) {
            filters.fieldProperty().set(fields.stream().filter(field -> field.id().equals(filtered.id()))
                    .findFirst().orElse(null));
        }
        form.defineCustomFields(fields);
    }

    /**
     * Shows rows read in name order, in the list's current order. The selected client's fresh row is
     * selected; one not among the first screen stays selected until the rest arrives.
     */
    private void showRows(List<ClientSummary> inNameOrder, int total) {
        allClients.setAll(inNameOrder);
        if (order != byName) {
            FXCollections.sort(allClients, order);
        }
        clientsStored.set(total);
        collectProfileValues();
        ClientSummary shown = selected.get();
        if (shown != null) {
            allClients.stream().filter(row -> row.id() == shown.id()).findFirst().ifPresent(selected::set);
        }
    }

    private void finishLoading(int generation) {
        firstScreenShown.set(true);
        if (generation == loadGeneration) {
            loading.set(false);
            if (waitingToOpen != null) {
                selectClient(waitingToOpen);
            }
        }
    }

    /** The regions, sources and account owners in use, offered by the filters. */
    private void collectProfileValues() {
        regions.setAll(distinct(summary -> summary.profile().region()));
        sources.setAll(distinct(summary -> summary.profile().source()));
        accountOwners.setAll(distinct(summary -> summary.profile().accountOwner()));
    }

    private List<String> distinct(Function<ClientSummary, String> value) {
        TreeSet<String> values = new TreeSet<>(collation);
        allClients.stream().map(value).filter(Objects::nonNull).forEach(values::add);
        return List.copyOf(values);
    }

    private record Loaded(List<ClientSummary> summaries, List<String> tags, List<CustomField> fields) {
    }

    private record FirstScreen(List<ClientSummary> summaries, int total, List<String> tags, List<CustomField> fields) {
    }

    /**
     * Reads the list again after colleagues changed the shared data, keeping what the user has in
     * hand: the selection, filters and order stay, and an unsaved edit in the form is never
     * touched (saving it later says what they changed). An unedited form shows their version.
     */
    public void refresh() {
        Client open = form.loadedProperty().get();
        runBusy("task.loadClients", progress -> new Refreshed(new Loaded(repository.summaries(), repository.tags(),
                customFieldRepository.fields()), open == null ? null : repository.find(open.id())), refreshed -> {
                    Loaded loaded = refreshed.loaded();
                    if (!loaded.fields().equals(customFields)) {
                        customFields.setAll(loaded.fields());
                        form.defineCustomFields(loaded.fields());
                    }
                    mergeRows(loaded.summaries());
                    if (!loaded.tags().equals(tags)) {
                        tags.setAll(loaded.tags());
                        tags.sort(collation);
                    }
                    showCurrentVersion(open, refreshed.current());
                });
    }

    private record Refreshed(Loaded loaded, Optional<Client> current) {
    }

    /** Replaces changed rows in place, drops deleted ones and adds new ones, so the table keeps its place. */
    private void mergeRows(List<ClientSummary> summaries) {
        Map<Long, ClientSummary> byId = new HashMap<>();
        summaries.forEach(summary -> byId.put(summary.id(), summary));
        allClients.removeIf(row -> !byId.containsKey(row.id()));
        for (int i = 0; i < allClients.size(); i++) {
            ClientSummary fresh = byId.remove(allClients.get(i).id());
            if (!fresh.equals(allClients.get(i))) {
                allClients.set(i, fresh);
            }
        }
        if (!byId.isEmpty()) {
            allClients.addAll(byId.values());
            FXCollections.sort(allClients, order);
        }
        ClientSummary shown = selected.get();
        if (shown != null) {
            selected.set(allClients.stream().filter(row -> row.id() == shown.id()).findFirst().orElse(null));
        }
    }

    /** An unedited form follows the stored client; an edited one is left alone. */
    private void showCurrentVersion(Client open, Optional<Client> current) {
        if (open == null || form.dirtyProperty().get() || form.loadedProperty().get() != open) {
            return;
        }
        if (current.isEmpty()) {
            selected.set(null);
            form.startNew();
        } else if (current.get().version() != open.version()) {
            form.load(current.get());
        }
    }

    /** The filter as currently set, for exports of "what I see" and for saving as a segment. */
    public ClientFilter currentFilter() {
        return filters.filterProperty().get();
    }

    /** Back to every active client: search and filters cleared. */
    public void clearFilter() {
        filters.clear();
    }

    /** Shows the clients a segment or a chart selects, with a label saying what they are. */
    public void applyFilter(ClientFilter filter, String label) {
        filters.apply(filter, label);
    }

    /** Puts the list in a new order (a column header was clicked); null restores the name order. */
    public void sort(Comparator<ClientSummary> comparator) {
        order = comparator == null ? byName : comparator;
        FXCollections.sort(allClients, order);
    }

    /**
     * Opens a client in the form. Returns false when the user chose to keep editing the current
     * one, in which case the selection should stay where it was.
     */
    public boolean select(ClientSummary summary) {
        waitingToOpen = null;
        if (summary == null || isSelected(summary)) {
            return true;
        }
        return leaveCurrent(() -> open(summary.id()));
    }

    /** Starts a new client, after asking about unsaved changes. */
    public void newClient() {
        waitingToOpen = null;
        leaveCurrent(() -> {
            selected.set(null);
            form.startNew();
        });
    }

    public void save() {
        save(() -> { });
    }

    /** Archives the open client, or restores it when it is archived already. */
    public void toggleArchived() {
        if (form.isNew()) {
            return;
        }
        leaveCurrent(() -> {
            Client current = form.loadedProperty().get();
            runBusy("task.saveClient",
                    progress -> repository.setArchived(current.id(), current.version(), !current.archived()),
                    saved -> {
                        showSaved(saved);
                        undo.offer(texts.get(saved.archived() ? "undo.archive" : "undo.restore", saved.displayName()),
                                () -> setArchived(saved.id(), !saved.archived()));
                    });
        });
    }

    /** Archives or restores a client by id, from its current stored version. */
    private void setArchived(long id, boolean archived) {
        runBusy("task.saveClient", progress -> {
            Client current = repository.find(id).orElseThrow(() -> new ClienteleException("error.clientGone"));
            return repository.setArchived(id, current.version(), archived);
        }, this::showSaved);
    }

    /** Takes a client that is gone for good off the list and out of the form. */
    public void removeFromList(long id) {
        allClients.removeIf(row -> row.id() == id);
        if (selected.get() != null && selected.get().id() == id) {
            selected.set(null);
            form.startNew();
        }
        undo.forget();
        changes.fire(List.of(id));
    }

    /** Takes a deleted client out of the trash again and shows it. */
    public void restoreFromTrash(long entryId) {
        runBusy("task.restoreClient", progress -> {
            TrashEntry entry = trash.entries().stream().filter(candidate -> candidate.id() == entryId).findFirst()
                    .orElseThrow(() -> new ClienteleException("error.trash.gone"));
            trash.restore(entryId);
            return repository.find(entry.clientId()).orElseThrow(() -> new ClienteleException("error.clientGone"));
        }, restored -> {
            showSaved(restored);
            changes.fire(List.of(restored.id()));
        });
    }

    /**
     * Removes the open client the way the user chooses: archive (the default, keeping the history)
     * or delete the client with their interactions and follow-ups for good.
     */
    public void delete() {
        Client client = form.loadedProperty().get();
        if (client == null) {
            return;
        }
        switch (dialogs.askToRemoveClient(client.displayName())) {
            case ARCHIVE -> {
                if (!client.archived()) {
                    toggleArchived();
                }
            }
            case DELETE -> runBusy("task.deleteClient", progress -> trash.moveToTrash(client.id()), entry -> {
                allClients.removeIf(row -> row.id() == entry.clientId());
                selected.set(null);
                form.startNew();
                changes.fire(List.of(entry.clientId()));
                undo.offer(texts.get("undo.delete", entry.displayName()), () -> restoreFromTrash(entry.id()));
            });
            default -> { }
        }
    }

    /** Reads the named clients' rows again, e.g. after their last contact changed. */
    public void refreshRows(Collection<Long> ids) {
        List<Long> wanted = List.copyOf(ids);
        runBusy("task.loadClients", progress -> wanted.stream().map(repository::summary)
                .flatMap(Optional::stream).toList(), summaries -> summaries.forEach(summary -> {
                    int index = indexOf(summary.id());
                    if (index >= 0) {
                        boolean wasSelected = isSelected(summary);
                        allClients.set(index, summary);
                        if (wasSelected) {
                            selected.set(summary);
                        }
                    }
                }));
    }

    /** Opens the client with this id in the form, as if its row had been clicked. */
    public boolean selectClient(long id) {
        int index = indexOf(id);
        // A client asked for (a link on Today) before the whole list is in opens when it arrives.
        if (index < 0) {
            waitingToOpen = loading.get() ? id : null;
            return true;
        }
        return select(allClients.get(index));
    }

    private void save(Runnable then) {
        if (!form.validProperty().get()) {
            return;
        }
        saveEdit(form.toClient(), then);
    }

    private void saveEdit(Client edited, Runnable then) {
        busy.set(true);
        tasks.run(texts.get("task.saveClient"),
                progress -> edited.isNew() ? repository.create(edited) : repository.update(edited),
                saved -> {
                    busy.set(false);
                    showSaved(saved);
                    then.run();
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof StaleDataException) {
                        resolveConflict(edited, then);
                    } else {
                        showFailure(failure);
                    }
                });
    }

    /**
     * Someone else saved (or deleted) this client while the user edited it. Nothing is overwritten
     * unasked: the user sees who changed what, then reloads their version, overwrites it with this
     * edit, or keeps editing.
     */
    private void resolveConflict(Client edited, Runnable then) {
        Client base = form.loadedProperty().get();
        runBusy("task.openClient", progress -> repository.find(edited.id()), stored -> {
            if (stored.isEmpty()) {
                offerToSaveAsNew(edited, then);
                return;
            }
            Client current = stored.get();
            switch (dialogs.askAboutConflict(describeConflict(base == null ? edited : base, current))) {
                case RELOAD -> {
                    showSaved(current);
                    then.run();
                }
                case OVERWRITE -> saveEdit(edited.withVersion(current.version()), then);
                default -> keepEditing(edited.id());
            }
        });
    }

    /** "Anna saved this client on 3 Mar 2026, 14:02 … What they changed: Phones, Notes." */
    String describeConflict(Client base, Client current) {
        List<ClientField> fields = ClientField.differences(base, current);
        List<String> names = new ArrayList<>();
        for (ClientField field : fields) {
            if (field == ClientField.CUSTOM_VALUES) {
                ClientField.customFieldDifferences(base, current).stream().map(this::customFieldName).sorted(collation)
                        .forEach(names::add);
            } else {
                names.add(texts.of(field));
            }
        }
        String who = current.updatedBy() == null ? texts.get("conflict.someone") : current.updatedBy();
        String what = names.isEmpty() ? texts.get("conflict.nothingVisible")
                : texts.get("conflict.changed", String.join(", ", names));
        return texts.get("conflict.message", who, dates.dateTime(current.updatedAt()), what);
    }

    private String customFieldName(long fieldId) {
        return customFields.stream().filter(field -> field.id() == fieldId).map(CustomField::name).findFirst()
                .orElse(texts.of(ClientField.CUSTOM_VALUES));
    }

    /** The client was deleted while the user edited it: their edit may become a new client. */
    private void offerToSaveAsNew(Client edited, Runnable then) {
        allClients.removeIf(row -> row.id() == edited.id());
        if (dialogs.confirm(texts.get("stale.title"), texts.get("conflict.deleted"), texts.get("conflict.saveAsNew"))) {
            saveEdit(edited.asNew(), then);
        }
    }

    /** Leaves the user's edit in the form, and the list's selection on the client being edited. */
    private void keepEditing(long id) {
        allClients.stream().filter(row -> row.id() == id).findFirst().ifPresent(selected::set);
    }

    /** Shows a client stored elsewhere (its type set from a suggestion) in the list and the form. */
    public void showStored(Client stored) {
        showSaved(stored);
    }

    private void showSaved(Client saved) {
        int index = indexOf(saved.id());
        ClientSummary before = index >= 0 ? allClients.get(index) : null;
        ClientSummary summary = ClientSummary.of(saved, before == null ? null : before.activity(),
                before == null ? 0 : before.referrals());
        if (index >= 0) {
            allClients.set(index, summary);
        } else {
            allClients.add(summary);
            FXCollections.sort(allClients, order);
        }
        saved.tags().stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
        tags.sort(collation);
        collectProfileValues();
        selected.set(summary);
        form.load(saved);
    }

    /**
     * Selects the client's row at once, so that what follows the selection (the table's scrolling, the
     * reading of their history, follow-ups and connections) starts while the client is read, then shows
     * the client in the form. If the client cannot be read, the selection goes back to the form's client.
     */
    private void open(long id) {
        int generation = ++opens;
        ClientSummary before = selected.get();
        int index = indexOf(id);
        selected.set(index < 0 ? null : allClients.get(index));
        busy.set(true);
        tasks.run(texts.get("task.openClient"), progress -> repository.find(id).orElse(null), client -> {
            busy.set(false);
            if (generation != opens) {
                return; // another client was opened meanwhile
            }
            if (client == null) {
                allClients.removeIf(row -> row.id() == id);
                selected.set(before);
                dialogs.showError(texts.get("error.clientGone"));
                return;
            }
            form.load(client);
        }, failure -> {
            busy.set(false);
            if (generation == opens) {
                selected.set(before);
            }
            showFailure(failure);
        });
    }

    /**
     * Runs {@code next} once the form's unsaved changes are saved or discarded (asking the user
     * which); returns false, without running it, if the user chose to keep editing.
     */
    public boolean leaveCurrent(Runnable next) {
        if (!form.dirtyProperty().get()) {
            next.run();
            return true;
        }
        switch (dialogs.askToSaveChanges(form.nameForPrompt())) {
            case SAVE -> {
                if (!form.validProperty().get()) {
                    dialogs.showError(texts.get("clients.unsaved.invalid"));
                    return false;
                }
                save(next);
                return true;
            }
            case DISCARD -> {
                next.run();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean isSelected(ClientSummary summary) {
        return selected.get() != null && selected.get().id() == summary.id();
    }

    private int indexOf(long id) {
        for (int i = 0; i < allClients.size(); i++) {
            if (allClients.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private <T> void runBusy(String titleKey, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        runBusy(titleKey, work, onSuccess, () -> { });
    }

    /** {@code afterFailure} runs once a failure has been shown (a cancellation is not shown). */
    private <T> void runBusy(String titleKey, TaskRunner.Work<T> work, Consumer<T> onSuccess, Runnable afterFailure) {
        busy.set(true);
        tasks.run(texts.get(titleKey), work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            showFailure(failure);
            afterFailure.run();
        });
    }

    private void showFailure(Throwable failure) {
        if (!(failure instanceof CancellationException)) {
            dialogs.showError(ErrorMessages.describe(failure, texts));
        }
    }

    public ClientFormViewModel form() { return form; }
    public ClientFilters filters() { return filters; }
    public StringProperty searchTextProperty() { return filters.textProperty(); }
    public ObjectProperty<Relationship> relationshipFilterProperty() { return filters.relationshipProperty(); }
    public ObjectProperty<CustomerType> customerTypeFilterProperty() { return filters.customerTypeProperty(); }
    public ObjectProperty<String> tagFilterProperty() { return filters.tagProperty(); }
    public BooleanProperty showArchivedProperty() { return filters.includeArchivedProperty(); }
    public ObservableList<String> regions() { return regions; }
    public ObservableList<String> sources() { return sources; }
    public ObservableList<String> accountOwners() { return accountOwners; }
    /** The firm's own fields, as last loaded. */
    public ObservableList<CustomField> customFields() { return customFields; }
    public CustomValueTexts customValueTexts() { return customValueTexts; }
    public ObservableList<ClientSummary> visibleClients() { return visible.list(); }
    public ObservableList<String> tags() { return tags; }
    public ReadOnlyObjectProperty<ClientSummary> selectedProperty() { return selected.getReadOnlyProperty(); }
    /** Every row selected in the list (several with Ctrl or Shift), for exporting a selection. */
    public ObservableList<ClientSummary> selectedRows() { return selectedRows; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True from a load's start until every client is in the list (the first screen comes earlier). */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty firstScreenShownProperty() { return firstScreenShown.getReadOnlyProperty(); }
    public StringBinding countTextProperty() { return countText; }
    /** What the list shows when it came from a segment or the dashboard; null otherwise. */
    public StringBinding filterNoticeProperty() { return filterNotice; }
    /** Sorts text columns in the user's language (가나다 for Hangul, ABC for Latin). */
    public Comparator<String> textComparator() { return collation; }
    /** Every client loaded, whatever the list's search and filters. */
    public ObservableList<ClientSummary> allClients() { return FXCollections.unmodifiableObservableList(allClients); }
    public Dates dates() { return dates; }
}
