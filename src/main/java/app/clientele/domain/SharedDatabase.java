package app.clientele.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm's PostgreSQL database that several Clienteles share: its JDBC address
 * ({@code jdbc:postgresql://HOST:PORT/DB}, optionally with driver settings after a {@code ?}) and
 * the login. The password is never part of it: it is asked for, or read from the environment, at
 * every start.
 */
public record SharedDatabase(String url, String user) {
    public static final String URL_PREFIX = "jdbc:postgresql://";
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern PARTS = Pattern.compile(
            "jdbc:postgresql://(\\[[^\\]]+\\]|[^:/?\\[]+)(?::(\\d+))?/([^?/]+)(\\?.*)?");

    public SharedDatabase {
        url = Strings.blankToNull(url);
        user = Strings.blankToNull(user);
        if (url == null || !PARTS.matcher(url).matches()) {
            throw new ClienteleException("shared.error.url", Objects.toString(url, ""));
        }
        if (user == null) {
            throw new ClienteleException("shared.error.user");
        }
    }

    /** The address of a database from its parts, as the settings form has them. */
    public static SharedDatabase of(String host, int port, String database, String user) {
        String server = Strings.trimToEmpty(host);
        if (server.isEmpty() || server.contains("/") || server.contains("?")) {
            throw new ClienteleException("shared.error.host", server);
        }
        if (port < 1 || port > 65_535) {
            throw new ClienteleException("shared.error.port", Integer.toString(port));
        }
        String name = Strings.trimToEmpty(database);
        if (name.isEmpty() || name.contains("/") || name.contains("?")) {
            throw new ClienteleException("shared.error.database", name);
        }
        return new SharedDatabase(URL_PREFIX + server + ":" + port + "/" + name, user);
    }

    public String host() {
        return parts().group(1);
    }

    public int port() {
        String port = parts().group(2);
        return port == null ? DEFAULT_PORT : Integer.parseInt(port);
    }

    public String database() {
        return parts().group(3);
    }

    /** Where it is, for the status bar and messages: {@code user@host:port/db}, without driver settings. */
    public String describe() {
        return user + "@" + host() + ":" + port() + "/" + database();
    }

    private Matcher parts() {
        Matcher parts = PARTS.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("checked in the constructor");
        }
        return parts;
    }
}
