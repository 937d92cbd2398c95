package app.clientele.domain;

import java.time.Duration;
import java.util.List;

/**
 * Where deleted clients go: everything about the client leaves the live data at once and can be
 * put back exactly, until the entry is emptied or expires.
 */
public interface Trash {
    Duration KEEP_FOR = Duration.ofDays(30);

    /** Moves the client, everything that belongs to them and the history only they took part in. */
    TrashEntry moveToTrash(long clientId);

    /** Newest first. */
    List<TrashEntry> entries();

    /** Puts the client back as it was when deleted. */
    void restore(long entryId);

    /** Deletes the entry for good. */
    void empty(long entryId);

    /** Deletes every entry older than {@link #KEEP_FOR}; returns how many. */
    int purgeExpired();

    /** Deletes every entry about this client, e.g. when erasing them. */
    void forget(long clientId);
}
