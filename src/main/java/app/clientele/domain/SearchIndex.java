package app.clientele.domain;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Many search keys laid end to end in one string, so that a query is answered by scanning that
 * string once rather than by visiting every client object in turn: with a hundred thousand clients
 * the scan stays within a few milliseconds because it reads memory in order. Row numbers are the
 * positions of the keys in the list the index was made from.
 */
public final class SearchIndex {
    /** Ends each row; queries never contain control characters, so no match runs from one row into the next. */
    private static final char ROW_END = '\u001E';

    private final String text;
    /** Where each row starts in {@link #text}, and one more entry for the end of the last row. */
    private final int[] starts;

    private SearchIndex(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /** The index of these keys (as made by {@link SearchText#keyFor}), row by row in the list's order. */
    public static SearchIndex of(List<String> keys) {
        int length = keys.stream().mapToInt(key -> key.length() + 1).sum();
        StringBuilder text = new StringBuilder(length);
        int[] starts = new int[keys.size() + 1];
        for (int row = 0; row < keys.size(); row++) {
            starts[row] = text.length();
            text.append(keys.get(row)).append(ROW_END);
        }
        starts[keys.size()] = text.length();
        return new SearchIndex(text.toString(), starts);
    }

    public int size() {
        return starts.length - 1;
    }

    /** The rows whose key matches every term of the query (all rows for a blank query). */
    public BitSet rowsMatching(SearchText.Query query) {
        BitSet rows = new BitSet(size());
        rows.set(0, size());
        for (SearchText.Term term : query.terms()) {
            rows.and(rowsContaining(term));
        }
        return rows;
    }

    private BitSet rowsContaining(SearchText.Term term) {
        BitSet rows = new BitSet(size());
        int at = term.indexIn(text, 0);
        while (at >= 0) {
            int row = rowAt(at);
            rows.set(row);
            at = term.indexIn(text, starts[row + 1]);
        }
        return rows;
    }

    private int rowAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
