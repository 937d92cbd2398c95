package app.clientele.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A backup file: when it was taken and whether it is one of the automatic, rotated ones. */
public record BackupFile(Path path, LocalDateTime takenAt, boolean automatic) {
}
