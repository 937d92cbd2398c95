package app.clientele.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.clientele.app.AppContext;
import app.clientele.app.Preferences;
import app.clientele.domain.Client;
import app.clientele.domain.ClienteleException;
import app.clientele.i18n.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only folder, made real with a small RAM file system (needs the right to
 * mount, as CI and developers here have; skipped where it is missing).
 */
class DiskTroubleTest {
    @TempDir
    Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mounted = run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mountPoint.toString());
        assumeTrue(mounted, "mounting a small file system is not allowed here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", mountPoint.toString());
        }
    }

    @Test
    void fullDisk_refusesTheSaveClearlyKeepsWhatWasSavedAndCarriesOnOnceSpaceIsFreed() throws IOException {
        Path data = Files.createDirectory(mountPoint.resolve("data"));
        Path filler = mountPoint.resolve("filler");
        try (Database database = Database.open(data)) {
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            clients.create(Client.named("Saved before"));
            fillTheDisk(filler);

            ClienteleException refused = assertThrows(ClienteleException.class,
                    () -> clients.create(Client.named("Not enough room")));
            assertEquals("error.diskFull", refused.messageKey());

            Files.delete(filler);
            clients.create(Client.named("Saved after freeing space"));
        }
        try (Database reopened = Database.open(data)) {
            assertEquals(List.of("Saved after freeing space", "Saved before"), names(reopened));
        }
    }

    @Test
    void readOnlyFolder_isRefusedAtStartWithAClearMessage() throws Exception {
        Path data = Files.createDirectory(mountPoint.resolve("data"));
        try (Database database = Database.open(data)) {
            new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).create(Client.named("Kept"));
        }
        run("mount", "-o", "remount,ro", mountPoint.toString());

        ClienteleException refused = assertThrows(ClienteleException.class, () -> AppContext.open(data,
                Preferences.load(data), new Texts(Locale.ENGLISH), Clock.systemUTC()));
        assertEquals("error.dataFolder.readOnly", refused.messageKey());

        run("mount", "-o", "remount,rw", mountPoint.toString());
        try (AppContext context = AppContext.open(data, Preferences.load(data), new Texts(Locale.ENGLISH),
                Clock.systemUTC())) {
            assertEquals(1, context.clients().count());
        }
    }

    private static void fillTheDisk(Path filler) {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // The disk is full now.
        }
    }

    private static List<String> names(Database database) {
        return new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).summaries().stream()
                .map(summary -> summary.displayName()).sorted().toList();
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
