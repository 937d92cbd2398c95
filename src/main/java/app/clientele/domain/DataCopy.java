package app.clientele.domain;

import java.util.Map;

/**
 * Copies all of the firm's data between this computer's database and a shared one, in one step:
 * everything lands in one transaction on the target, or nothing does, and the rows of every table
 * are counted on both sides afterwards.
 */
public interface DataCopy {

    /** How far a copy got, and whether the user cancelled it (which leaves the target as it was). */
    interface Progress {
        /** For callers that show no progress and never cancel (the command line). */
        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        void update(long done, long total);

        boolean isCancelled();
    }

    /** How many rows each table holds on both sides after the copy. */
    record Report(Map<String, Long> rowsPerTable) {
        public Report {
            rowsPerTable = Map.copyOf(rowsPerTable);
        }

        public long rows(String table) {
            return rowsPerTable.getOrDefault(table, 0L);
        }

        /** Rows of every table together. */
        public long total() {
            return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Copies this computer's data into an empty shared database. */
    Report toSharedDatabase(SharedDatabase target, char[] password, Progress progress);

    /**
     * Copies the shared database into this computer's database (a laptop copy). With
     * {@code replace}, data already on this computer is backed up, then replaced; without it, a
     * database with data is refused.
     */
    Report toThisComputer(boolean replace, Progress progress);
}
