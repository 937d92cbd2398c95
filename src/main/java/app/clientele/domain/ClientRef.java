package app.clientele.domain;

import java.util.Objects;

/** A client named by id, with the name to show: what interactions and follow-ups point at. */
public record ClientRef(long id, String displayName) {
    public ClientRef {
        displayName = Objects.requireNonNullElse(displayName, "");
    }
}
