package app.clientele.viewmodel.exchange;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.ExchangeRepository;
import app.clientele.domain.MergeRepository;
import app.clientele.domain.MergeRepository.MergeReceipt;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Strings;
import app.clientele.exchange.ClientMerge;
import app.clientele.exchange.ClientMerge.Field;
import app.clientele.exchange.DuplicateFinder;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.UndoHistory;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Possible duplicates" section: pairs of clients that may be one person, and merging a pair.
 * The merge shows both clients side by side; the user picks each field's value, emails, phones
 * and tags of both are kept, and everything that belonged to the removed client moves to the kept
 * one, in one transaction. The last merge can be undone.
 */
public final class DuplicatesViewModel {
    private final ExchangeRepository exchange;
    private final ClientRepository clients;
    private final MergeRepository merges;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Runnable clientsChanged;
    private final ObservableList<DuplicateRow> pairs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Client> left = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Client> right = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty keepRight = new SimpleBooleanProperty(false);
    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final StringProperty unitedText = new SimpleStringProperty("");
    private final StringProperty lastMergeText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<MergeReceipt> lastMerge = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final UndoHistory undoHistory;
    private final BooleanBinding canMerge;

    /** @param clientsChanged runs after a merge or undo, so other views show the clients as they are now */
    public DuplicatesViewModel(ExchangeRepository exchange, ClientRepository clients, MergeRepository merges,
                               UndoHistory undoHistory, TaskRunner tasks, Dialogs dialogs, Texts texts,
                               Runnable clientsChanged) {
        this.exchange = exchange;
        this.undoHistory = undoHistory;
        this.clients = clients;
        this.merges = merges;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.clientsChanged = clientsChanged;
        canMerge = left.isNotNull().and(right.isNotNull()).and(busy.not());
    }

    /** Looks for possible duplicates among all clients, in the background. */
    public void find() {
        run("task.findDuplicates", progress -> DuplicateFinder.find(exchange.matchKeys()), found -> {
            pairs.setAll(found.stream().map(this::row).toList());
            left.set(null);
            right.set(null);
            fields.clear();
        });
    }

    private DuplicateRow row(DuplicateFinder.Pair pair) {
        String reason = texts.get("duplicates.reason." + pair.reason().name(), pair.detail());
        return new DuplicateRow(pair.first().id(), pair.first().displayName(), pair.second().id(),
                pair.second().displayName(), pair.score(), reason);
    }

    /** Opens a pair side by side for merging. */
    public void select(DuplicateRow row) {
        if (row == null) {
            return;
        }
        run("task.openClient", progress -> List.of(clients.find(row.firstId()), clients.find(row.secondId())), found -> {
            if (found.stream().anyMatch(java.util.Optional::isEmpty)) {
                dialogs.showError(texts.get("error.clientGone"));
                find();
                return;
            }
            left.set(found.get(0).orElseThrow());
            right.set(found.get(1).orElseThrow());
            keepRight.set(false);
            compare();
        });
    }

    /**
     * The fields that differ, each with its default: the left client's value unless it has none.
     * Which client is kept (its id, with everything attached to it) is chosen separately.
     */
    private void compare() {
        Set<Field> defaults = ClientMerge.defaultChoices(left.get(), right.get());
        fields.setAll(Stream.of(Field.values())
                .map(field -> new FieldChoice(field, texts.get("duplicates.field." + field.name()),
                        describe(field, left.get()), describe(field, right.get()),
                        new SimpleBooleanProperty(defaults.contains(field))))
                .filter(choice -> !choice.leftText().equals(choice.rightText()))
                .toList());
        Client united = ClientMerge.merge(left.get(), right.get(), Set.of());
        unitedText.set(texts.get("duplicates.united",
                united.emails().stream().map(email -> email.address()).collect(Collectors.joining(", ")),
                united.phones().stream().map(phone -> phone.number()).collect(Collectors.joining(", ")),
                String.join(", ", united.tags())));
    }

    private Client kept() {
        return keepRight.get() ? right.get() : left.get();
    }

    private Client other() {
        return keepRight.get() ? left.get() : right.get();
    }

    /** Merges the open pair as chosen: one client remains, with everything of both. */
    public void merge() {
        Client keptClient = kept();
        Client otherClient = other();
        Set<Field> fromOther = EnumSet.noneOf(Field.class);
        for (FieldChoice choice : fields) {
            // A field's choice says "take the right-hand value"; the other client may be either side.
            if (choice.takeRight().get() != keepRight.get()) {
                fromOther.add(choice.field());
            }
        }
        Client merged = ClientMerge.merge(keptClient, otherClient, fromOther);
        run("task.merge", progress -> merges.merge(merged, otherClient), receipt -> {
            lastMerge.set(receipt);
            lastMergeText.set(texts.get("duplicates.merged", otherClient.displayName(), merged.displayName()));
            undoHistory.offer(texts.get("undo.merge", otherClient.displayName(), merged.displayName()), this::undo);
            clientsChanged.run();
            find();
        });
    }

    /** Puts both clients of the last merge back as they were. */
    public void undo() {
        MergeReceipt receipt = lastMerge.get();
        if (receipt == null) {
            return;
        }
        run("task.undoMerge", progress -> {
            merges.undo(receipt);
            return receipt;
        }, undone -> {
            lastMerge.set(null);
            undoHistory.forget();
            lastMergeText.set(texts.get("duplicates.undone", undone.removedBefore().displayName()));
            clientsChanged.run();
            find();
        });
    }

    private String describe(Field field, Client client) {
        Function<Client, Object> value = switch (field) {
            case NAME -> Client::displayName;
            case HONORIFIC -> c -> c.name().honorific();
            case NICKNAME -> c -> c.name().nickname();
            case ORGANISATION -> Client::organisation;
            case JOB_TITLE -> Client::jobTitle;
            case RELATIONSHIP -> c -> texts.of(c.relationship());
            case SEGMENT -> c -> texts.of(c.segment());
            case INTERNAL -> c -> texts.get(c.internal() ? "duplicates.yes" : "duplicates.no");
            case CUSTOMER_TYPE -> c -> texts.of(c.customerType());
            case ADDRESS -> c -> describe(c.address());
            case BIRTHDAY -> c -> describe(c.birthday());
            case SOURCE -> Client::source;
            case ACCOUNT_OWNER -> Client::accountOwner;
            case KIND -> c -> texts.of(c.kind());
        };
        return Objects.toString(value.apply(client), "");
    }

    private static String describe(PostalAddress address) {
        return Stream.of(address.street(), address.unit(), address.city(), address.region(), address.postcode(),
                address.country()).filter(part -> !Strings.isBlank(part)).collect(Collectors.joining(", "));
    }

    private String describe(Birthday birthday) {
        if (birthday == null) {
            return "";
        }
        String month = Month.of(birthday.month()).getDisplayName(TextStyle.FULL, texts.locale());
        String date = birthday.year() == null ? texts.get("duplicates.birthday", month, birthday.day())
                : texts.get("duplicates.birthdayWithYear", month, birthday.day(), Integer.toString(birthday.year()));
        return birthday.lunar() ? date + " " + texts.get("duplicates.lunar") : date;
    }

    private <T> void run(String titleKey, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        tasks.run(texts.get(titleKey), work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            if (!(failure instanceof CancellationException)) {
                dialogs.showError(ErrorMessages.describe(failure, texts));
            }
        });
    }

    /** A possible duplicate in the list. */
    public record DuplicateRow(long firstId, String firstName, long secondId, String secondName, int score,
                               String reason) {
    }

    /** One field that differs between the pair; {@code takeRight} says the right-hand value wins. */
    public record FieldChoice(Field field, String label, String leftText, String rightText, BooleanProperty takeRight) {
    }

    public ObservableList<DuplicateRow> pairs() { return pairs; }
    public ReadOnlyObjectProperty<Client> leftProperty() { return left.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Client> rightProperty() { return right.getReadOnlyProperty(); }
    public BooleanProperty keepRightProperty() { return keepRight; }
    public ObservableList<FieldChoice> fields() { return fields; }
    public StringProperty unitedTextProperty() { return unitedText; }
    public StringProperty lastMergeTextProperty() { return lastMergeText; }
    public ReadOnlyObjectProperty<MergeReceipt> lastMergeProperty() { return lastMerge.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding canMergeProperty() { return canMerge; }
}
