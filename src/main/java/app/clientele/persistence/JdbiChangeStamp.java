package app.clientele.persistence;

import app.clientele.domain.ChangeStamp;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The fingerprint of the versioned tables: per table, how many rows, the sum of their versions
 * (every save adds one) and the highest id (a row deleted and another added still changes it).
 * Portable SQL, one query.
 */
public final class JdbiChangeStamp implements ChangeStamp {
    /** Tables with {@code id} and {@code version} columns whose changes the window shows. */
    static final List<String> TABLES = List.of("client", "interaction", "follow_up", "household", "custom_field");
    private static final String QUERY = "SELECT " + TABLES.stream()
            .map(table -> "(SELECT COUNT(*) FROM " + table + "), (SELECT COALESCE(SUM(version), 0) FROM " + table
                    + "), (SELECT COALESCE(MAX(id), 0) FROM " + table + ")")
            .collect(Collectors.joining(", "));

    private final Jdbi jdbi;

    public JdbiChangeStamp(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String read() {
        return jdbi.withHandle(handle -> handle.createQuery(QUERY).map((row, context) -> {
            StringBuilder stamp = new StringBuilder();
            for (int column = 1; column <= TABLES.size() * 3; column++) {
                stamp.append(row.getLong(column)).append(column % 3 == 0 ? ';' : ',');
            }
            return stamp.toString();
        }).one());
    }
}
