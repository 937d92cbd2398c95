package app.clientele.viewmodel;

/** Opens a link with the user's own programs: a {@code mailto:} link in their mail program. */
@FunctionalInterface
public interface Links {
    void open(String uri);
}
