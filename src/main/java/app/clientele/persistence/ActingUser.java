package app.clientele.persistence;

import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Who is making the changes: the name recorded in {@code created_by} and {@code updated_by}. It
 * travels with the {@link org.jdbi.v3.core.Jdbi} configuration, so every repository reads it from
 * the handle it writes with and none needs it passed in.
 */
public final class ActingUser implements JdbiConfig<ActingUser> {
    /** Longest name the columns hold. */
    public static final int MAX_LENGTH = 100;
    private String name;

    public ActingUser() {
        this(System.getProperty("user.name", "?"));
    }

    private ActingUser(String name) {
        this.name = name;
    }

    /** The name recorded for changes made through this handle. */
    static String of(Handle handle) {
        return handle.getConfig(ActingUser.class).name;
    }

    public String name() {
        return name;
    }

    void setName(String name) {
        String trimmed = Objects.requireNonNull(name, "name").strip();
        this.name = trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }

    @Override
    public ActingUser createCopy() {
        return new ActingUser(name);
    }
}
