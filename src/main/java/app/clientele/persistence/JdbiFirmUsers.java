package app.clientele.persistence;

import app.clientele.domain.FirmUsers;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The names recorded as who created or changed clients, interactions and follow-ups, and the account owners. */
public final class JdbiFirmUsers implements FirmUsers {
    private final Jdbi jdbi;

    public JdbiFirmUsers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<String> names() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT name FROM (
                            SELECT account_owner AS name FROM client
                            UNION SELECT created_by FROM client UNION SELECT updated_by FROM client
                            UNION SELECT created_by FROM interaction UNION SELECT updated_by FROM interaction
                            UNION SELECT created_by FROM follow_up UNION SELECT updated_by FROM follow_up) people
                        WHERE name IS NOT NULL AND name <> ''""")
                .mapTo(String.class).list());
    }
}
