package app.clientele.domain;

import java.util.List;
import java.util.Map;

/** Merges two clients into one, and undoes a merge. */
public interface MergeRepository {

    /**
     * In one transaction: stores {@code merged} over the kept client (whose id and version it
     * carries), moves every row that belongs to {@code removed} (interactions, follow-ups, …) to
     * the kept client, and deletes {@code removed}. Either client changed since it was read
     * raises {@link StaleDataException} and nothing changes.
     */
    MergeReceipt merge(Client merged, Client removed);

    /**
     * Puts both clients back exactly as they were before the merge, with their ids, versions and
     * rows. Refused with {@link StaleDataException} when the kept client was edited after the merge.
     */
    void undo(MergeReceipt receipt);

    /** What a merge changed, so that it can be undone. */
    record MergeReceipt(Client keptBefore, Client removedBefore, int keptVersionAfter, List<MovedRows> moved) {
        public MergeReceipt {
            moved = List.copyOf(moved);
        }
    }

    /**
     * The rows of one table (owned through one of its columns) that a merge moved from the removed
     * client to the kept one, by their key columns, and those it deleted instead because the kept
     * client already had the same.
     */
    record MovedRows(String table, String clientColumn, List<Map<String, Object>> movedKeys, List<Map<String, Object>> deletedRows) {
        public MovedRows {
            movedKeys = List.copyOf(movedKeys);
            deletedRows = List.copyOf(deletedRows);
        }
    }
}
