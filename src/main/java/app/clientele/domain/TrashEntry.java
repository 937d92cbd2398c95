package app.clientele.domain;

import java.time.Instant;

/** A deleted client waiting in the trash, restorable until it is emptied. */
public record TrashEntry(long id, long clientId, String displayName, Instant deletedAt) {
}
