package app.clientele.viewmodel.clients;

import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.SearchIndex;
import app.clientele.domain.SearchText;
import app.clientele.viewmodel.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The clients the list shows, in the list's order: every loaded client the filter selects. Typing
 * in the search box has to stay quick with a hundred thousand clients, so the text is looked up in a
 * {@link SearchIndex} of all search keys, and the other criteria, which change far less often, are
 * judged once and remembered until they or the clients change. A client replaced in place (saved,
 * or changed by a colleague) is replaced in place here too, so the table keeps its scroll position.
 */
final class VisibleClients {
    private final ObservableList<ClientSummary> all;
    private final Dates dates;
    private final ObservableList<ClientSummary> shown = FXCollections.observableArrayList();
    private ClientFilter filter = ClientFilter.ALL_ACTIVE;
    /** Made again from every client on the first search after they change. */
    private SearchIndex index;
    /** The rows meeting every criterion but the text, for {@link #criteriaFilter} on {@link #criteriaDay}. */
    private BitSet criteriaRows;
    private ClientFilter criteriaFilter;
    private LocalDate criteriaDay;

    VisibleClients(ObservableList<ClientSummary> all, Dates dates) {
        this.all = all;
        this.dates = dates;
        all.addListener(this::allChanged);
    }

    ObservableList<ClientSummary> list() {
        return shown;
    }

    void show(ClientFilter wanted) {
        filter = wanted;
        shown.setAll(matching());
    }

    private List<ClientSummary> matching() {
        BitSet rows = (BitSet) criteriaRows(filter.toBuilder().text("").build(), dates.today()).clone();
        SearchText.Query query = SearchText.query(filter.text());
        if (!query.isBlank()) {
            rows.and(index().rowsMatching(query));
        }
        List<ClientSummary> result = new ArrayList<>(rows.cardinality());
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            result.add(all.get(row));
        }
        return result;
    }

    private BitSet criteriaRows(ClientFilter criteria, LocalDate today) {
        if (criteriaRows == null || !criteria.equals(criteriaFilter) || !today.equals(criteriaDay)) {
            Predicate<ClientSummary> matches = criteria.matcher(today, dates.zone());
            criteriaRows = new BitSet(all.size());
            for (int row = 0; row < all.size(); row++) {
                if (matches.test(all.get(row))) {
                    criteriaRows.set(row);
                }
            }
            criteriaFilter = criteria;
            criteriaDay = today;
        }
        return criteriaRows;
    }

    private SearchIndex index() {
        if (index == null) {
            index = SearchIndex.of(all.stream().map(ClientSummary::searchKey).toList());
        }
        return index;
    }

    private void allChanged(ListChangeListener.Change<? extends ClientSummary> change) {
        index = null;
        criteriaRows = null;
        Predicate<ClientSummary> matches = filter.matcher(dates.today(), dates.zone());
        while (change.next()) {
            if (!change.wasReplaced() || change.getAddedSize() != change.getRemovedSize()
                    || !replacedInPlace(change, matches)) {
                shown.setAll(matching());
                return;
            }
        }
    }

    /** Replaces the shown rows one for one; false when a replacement newly matches and needs its place found. */
    private boolean replacedInPlace(ListChangeListener.Change<? extends ClientSummary> change,
                                    Predicate<ClientSummary> matches) {
        for (int i = 0; i < change.getAddedSize(); i++) {
            ClientSummary before = change.getRemoved().get(i);
            ClientSummary after = change.getAddedSubList().get(i);
            int at = positionOf(before);
            if (at < 0 && matches.test(after)) {
                return false;
            }
            if (at >= 0 && matches.test(after)) {
                shown.set(at, after);
            } else if (at >= 0) {
                shown.remove(at);
            }
        }
        return true;
    }

    /** Compares references only: reading every summary to compare its fields would be the slow part. */
    private int positionOf(ClientSummary row) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) == row) {
                return i;
            }
        }
        return -1;
    }
}
