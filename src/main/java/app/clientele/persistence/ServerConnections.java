package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.SharedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Connections to a shared PostgreSQL database: the driver's own pooled connections, kept in the
 * same small pool class the H2 file uses (see docs/decisions/0015-shared-postgresql.md). The
 * password stays in memory only, for opening further connections.
 */
final class ServerConnections {
    static final int MAX_CONNECTIONS = 8;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final SharedDatabase shared;
    private final PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();

    ServerConnections(SharedDatabase shared, char[] password) {
        this.shared = shared;
        source.setURL(shared.url());
        source.setUser(shared.user());
        source.setPassword(password == null ? "" : new String(password));
        source.setApplicationName("Clientele");
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setTcpKeepAlive(true);
    }

    /** A pool whose first connection has been made, or a clear refusal saying why none could be. */
    JdbcConnectionPool pool() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(CONNECT_TIMEOUT_SECONDS);
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            throw refusal(e);
        }
    }

    /** PostgreSQL's reasons (SQLSTATE) for not letting us in, as sentences. */
    private ClienteleException refusal(SQLException failure) {
        String state = String.valueOf(failure.getSQLState());
        String where = shared.host() + ":" + shared.port();
        String reason = String.valueOf(failure.getMessage()).strip().replaceAll("\\.+$", "");
        return switch (state) {
            case "28P01" -> new WrongPasswordException(failure);
            case "28000" -> new ClienteleException(failure, "shared.error.refused", shared.user(), where);
            case "3D000" -> new ClienteleException(failure, "shared.error.noDatabase", shared.database(), where);
            default -> state.startsWith("08")
                    ? new ClienteleException(failure, "shared.error.unreachable", where, reason)
                    : new ClienteleException(failure, "shared.error.open", shared.describe(), reason);
        };
    }

    /** Whether a failure means the connection itself broke (SQLSTATE class 08), not the statement. */
    static boolean isConnectionLost(SQLException failure) {
        return failure.getSQLState() != null && failure.getSQLState().startsWith("08");
    }
}
