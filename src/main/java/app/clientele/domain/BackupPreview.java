package app.clientele.domain;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What a backup holds, shown before restoring it: when it was taken, its schema version and how
 * many rows its main tables have (by table name; tables a backup predates are absent).
 */
public record BackupPreview(LocalDateTime takenAt, int schemaVersion, Map<String, Long> counts) {
    public long count(String table) {
        return counts.getOrDefault(table, 0L);
    }
}
