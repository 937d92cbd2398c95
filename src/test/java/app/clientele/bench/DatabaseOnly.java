package app.clientele.bench;

import app.clientele.app.AppContext;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.persistence.Database;
import app.clientele.text.Collation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The part of start-up that needs no window, in a new JVM without JavaFX, to say how much of the
 * start-up figure the database alone takes. {@code app}: the data folder opened as Clientele opens it
 * (the H2 file, Jdbi, the migration check) and the client list's first screen read as its first step
 * reads it (every name, put in order, then the first 100 rows). {@code plain}: the least any design
 * could do with the same file, a plain JDBC connection reading 100 names from the name index.
 */
public final class DatabaseOnly {
    private static final int FIRST_SCREEN = 100;

    private DatabaseOnly() {
    }

    public static void main(String[] args) throws SQLException {
        Path folder = Path.of(args[0]);
        int rows = "plain".equals(args[1]) ? plain(folder) : asClientele(folder);
        if (rows != FIRST_SCREEN) {
            throw new IllegalStateException("read " + rows + " rows of the first screen");
        }
        System.out.println("READY " + EmptyWindow.sinceJvmStart());
    }

    private static int asClientele(Path folder) {
        try (AppContext context = AppContext.open(folder, AppContext.NO_PASSWORD)) {
            List<ClientRef> names = new ArrayList<>(context.clients().names());
            names.sort(Comparator.comparing(ClientRef::displayName, Collation.forLocale(context.texts().locale())));
            List<ClientSummary> first = context.clients().summaries(
                    names.stream().limit(FIRST_SCREEN).map(ClientRef::id).toList());
            return first.size();
        }
    }

    private static int plain(Path folder) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Database.urlFor(folder, false), "clientele", "");
                Statement statement = connection.createStatement();
                ResultSet names = statement.executeQuery(
                        "SELECT id, display_name FROM client ORDER BY display_name LIMIT " + FIRST_SCREEN)) {
            int rows = 0;
            while (names.next()) {
                rows++;
            }
            return rows;
        }
    }
}
