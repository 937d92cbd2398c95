package app.clientele.domain;

import java.util.Objects;

/**
 * A named, saved filter: a smart list whose members are worked out afresh each time it is used.
 * A new, unsaved segment has no id; {@code version} guards against overwriting a newer edit.
 */
public record SavedSegment(Long id, int version, String name, ClientFilter filter) {
    public static final int MAX_NAME_LENGTH = 100;

    public SavedSegment {
        name = Strings.blankToNull(name);
        if (name == null || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a segment needs a name of at most " + MAX_NAME_LENGTH + " characters");
        }
        Objects.requireNonNull(filter, "filter");
        if (!filter.isSavable()) {
            throw new IllegalArgumentException("a fixed set of clients cannot be saved as a segment");
        }
    }

    public static SavedSegment named(String name, ClientFilter filter) {
        return new SavedSegment(null, 0, name, filter);
    }

    public SavedSegment renamed(String newName) {
        return new SavedSegment(id, version, newName, filter);
    }

    public SavedSegment withFilter(ClientFilter newFilter) {
        return new SavedSegment(id, version, name, newFilter);
    }
}
