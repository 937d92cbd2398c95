package app.clientele.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.testutil.IndexList;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredIndexesTest {
    @TempDir
    Path folder;

    @Test
    void setAside_dropsOnlyIndexesThatBackNoConstraint_andBuildAgainRestoresThemExactly() {
        try (Database database = Database.open(folder)) {
            List<String> before = IndexList.of(database);

            database.jdbi().useHandle(handle -> DeferredIndexes.setAside(handle.getConnection()));

            List<String> aside = IndexList.of(database);
            assertTrue(before.containsAll(aside));
            assertFalse(aside.contains(line(before, "INTERACTION_PARTICIPANT_NEWEST_FIRST")), "a plain index is set aside");
            assertTrue(aside.contains(line(before, "FOLLOW_UP_BY_INTERACTION")), "an index a foreign key uses stays");
            assertTrue(aside.stream().anyMatch(index -> index.startsWith("INTERACTION_PARTICIPANT PRIMARY_KEY")),
                    "keys stay");
            assertTrue(before.stream().filter(index -> !aside.contains(index))
                    .allMatch(index -> index.matches("\\S+ \\S+ INDEX \\(.*")), "only plain, non-unique indexes go");
            assertTrue(recorded(database) > 0);

            database.jdbi().useHandle(handle -> DeferredIndexes.buildAgain(handle.getConnection()));

            assertEquals(before, IndexList.of(database));
            assertEquals(0, recorded(database));
        }
    }

    @Test
    void indexesSetAside_whenTheLoadNeverEnds_areBuiltWhenTheFileIsNextOpened() {
        List<String> before;
        try (Database database = Database.open(folder)) {
            before = IndexList.of(database);
            database.jdbi().useHandle(handle -> DeferredIndexes.setAside(handle.getConnection()));
        }

        try (Database reopened = Database.open(folder)) {
            assertEquals(before, IndexList.of(reopened));
            assertEquals(0, recorded(reopened));
        }
    }

    private static String line(List<String> indexes, String name) {
        return indexes.stream().filter(index -> index.contains(" " + name + " ")).findFirst().orElseThrow();
    }

    private static long recorded(Database database) {
        return database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM deferred_index").mapTo(Long.class).one());
    }
}
