package app.clientele.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.BackupFile;
import app.clientele.persistence.BackupLoop;
import app.clientele.persistence.Backups;
import app.clientele.persistence.Database;
import app.clientele.persistence.SaveLoop;
import app.clientele.testutil.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes killed with SIGKILL at random moments, as a crash or a pulled plug would: during an
 * import from the command line, during saves, during backups. Every time the database must open,
 * and hold each transaction whole or not at all.
 */
class CrashSafetyTest {
    private static final int CONTACTS = 800;
    private static final long SEED = System.nanoTime();
    private final Random random = new Random(SEED);

    @TempDir
    Path folder;

    @Test
    void importKilledAtRandomMoments_landsWholeOrNotAtAll() throws Exception {
        Path file = Files.writeString(folder.resolve("contacts.csv"), IntStream.range(0, CONTACTS)
                .mapToObj(i -> "Contact " + i + ",contact" + i + "@example.com,010-5555-" + String.format("%04d", i))
                .collect(Collectors.joining("\n", "Name,E-mail,Phone\n", "\n")), StandardCharsets.UTF_8);
        long fullRun = timeOf(importer(file, folder.resolve("calibration")));
        Path data = folder.resolve("data");
        long expected = 0;
        int whole = 0;
        int none = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            Process process = importer(file, data).start();
            Thread.sleep((long) (fullRun * (0.4 + 0.7 * random.nextDouble())));
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));

            long[] counts = counts(data);
            String where = "attempt " + attempt + " (seed " + SEED + ")";
            assertTrue(counts[0] == expected || counts[0] == expected + CONTACTS, where + ": " + counts[0] + " clients");
            assertEquals(counts[0], counts[1], where + ": every client has its email");
            assertEquals(counts[0], counts[2], where + ": every client has its phone");
            if (counts[0] == expected) {
                none++;
            } else {
                whole++;
            }
            expected = counts[0];
        }
        System.out.printf("crash test: %d imports absent, %d whole, none partial (seed %d)%n", none, whole, SEED);
    }

    @Test
    void savesKilledAtRandomMoments_keepEverySaveThatWasAcknowledged() throws Exception {
        Path data = folder.resolve("data");
        Database.open(data).close();
        for (int attempt = 0; attempt < 5; attempt++) {
            Process process = ChildJvm.of(SaveLoop.class, data.toString()).start();
            List<Long> acknowledged = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            int stopAfter = 20 + random.nextInt(200);
            for (String line = out.readLine(); line != null && acknowledged.size() < stopAfter; line = out.readLine()) {
                acknowledged.add(Long.valueOf(line));
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));

            try (Database database = Database.open(data)) {
                List<Long> stored = database.jdbi().withHandle(handle ->
                        handle.createQuery("SELECT id FROM client").mapTo(Long.class).list());
                assertTrue(stored.containsAll(acknowledged), "attempt " + attempt + ": a saved client was lost");
            }
        }
    }

    @Test
    void backupsKilledAtRandomMoments_leaveOnlyCompleteBackupsAndASoundDatabase() throws Exception {
        Path data = folder.resolve("data");
        Database.open(data).close();
        for (int attempt = 0; attempt < 5; attempt++) {
            Process process = ChildJvm.of(BackupLoop.class, data.toString()).start();
            Thread.sleep(500 + random.nextInt(2500));
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));

            try (Database database = Database.open(data)) {
                Backups backups = new Backups(database, Clock.systemUTC());
                for (BackupFile backup : backups.list()) {
                    assertEquals(database.latestSchemaVersion(), backups.preview(backup.path(), (char[]) null)
                            .schemaVersion(), backup.path() + " is complete");
                }
            }
            try (Stream<Path> files = Files.list(data)) {
                assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith(".work-")),
                        "the interrupted backup's work folder is gone after the next open");
            }
        }
    }

    private static ProcessBuilder importer(Path file, Path data) {
        return ChildJvm.of(Launcher.class, "import", file.toString(), "--data", data.toString(),
                "--on-duplicate", "create").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private static long timeOf(ProcessBuilder command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = command.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "the import works when left alone");
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Clients, their emails and their phones. */
    private static long[] counts(Path data) {
        if (!Files.exists(data)) {
            return new long[] {0, 0, 0};
        }
        try (Database database = Database.open(data)) {
            return database.jdbi().withHandle(handle -> new long[] {
                handle.createQuery("SELECT COUNT(*) FROM client").mapTo(Long.class).one(),
                handle.createQuery("SELECT COUNT(*) FROM client_email").mapTo(Long.class).one(),
                handle.createQuery("SELECT COUNT(*) FROM client_phone").mapTo(Long.class).one()});
        }
    }
}
