package app.clientele.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.StaleDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogPrivacyTest {
    @TempDir
    Path dataFolder;

    @Test
    void failure_isLoggedByKindAndCodeWithoutTheDataItsMessageQuotes() throws IOException {
        LogFiles.writeTo(dataFolder);
        SQLException constraint = new SQLException(
                "Unique index violation: PUBLIC.CLIENT_EMAIL VALUES ('jane.secret@example.com', '박민수')", "23505", 23505);

        SafeLog.failure(Logger.getLogger("test"), "saving client 42 failed",
                new RuntimeException("could not save 박민수", new StaleDataException(42)));
        SafeLog.failure(Logger.getLogger("test"), "import failed", new IllegalStateException("row: Jane Secret", constraint));

        String log = readLogs();
        assertTrue(log.contains("saving client 42 failed"));
        assertTrue(log.contains("StaleDataException[error.stale]"));
        assertTrue(log.contains("SQLException[23505/23505]"));
        assertFalse(log.contains("jane.secret"), log);
        assertFalse(log.contains("박민수"), log);
        assertFalse(log.contains("Jane Secret"), log);
    }

    private String readLogs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dataFolder.resolve(LogFiles.FOLDER_NAME))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
