package app.clientele.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Backups of the whole database: made, listed, looked into and restored. */
public interface BackupStore {

    /** The automatic backups and any others in the backups folder, newest first. */
    List<BackupFile> list();

    /** Writes a verified backup to {@code target}; the file is complete or absent. */
    Path backUpTo(Path target);

    /** Makes today's automatic backup unless there is one; returns it if one was made. */
    Optional<Path> backUpIfDue();

    /** Whether the backup is encrypted with a password other than the open database's. */
    boolean needsPassword(Path backup);

    /**
     * What the backup holds.
     *
     * @param password the backup's password when {@link #needsPassword} says so, else null
     */
    BackupPreview preview(Path backup, char[] password);

    /** Replaces the database with the backup after a safety backup, which it returns. */
    Path restore(Path backup, char[] password);

    /** Whether the open database's file has disappeared from disk (a quick check). */
    boolean isDatabaseFileMissing();

    /**
     * If the database file was deleted while open, writes it back from the still-open database
     * and returns the rescue copy kept in the backups folder; empty when the file is there.
     */
    Optional<Path> rescueIfMissing();
}
