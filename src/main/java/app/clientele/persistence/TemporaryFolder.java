package app.clientele.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A work folder inside the data folder (so moves out of it are single-step renames), removed with
 * everything in it when closed. Names start with a known prefix so a crash's leftovers, which may
 * hold an unencrypted copy, are removed at the next start.
 */
final class TemporaryFolder implements AutoCloseable {
    static final String PREFIX = ".work-";
    private final Path path;

    private TemporaryFolder(Path path) {
        this.path = path;
    }

    static TemporaryFolder in(Path dataFolder) {
        try {
            return new TemporaryFolder(Files.createTempDirectory(dataFolder, PREFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        deleteRecursively(path);
    }

    /** Removes work folders an interrupted run left in the data folder. */
    static void removeLeftovers(Path dataFolder) {
        if (!Files.isDirectory(dataFolder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dataFolder)) {
            entries.filter(entry -> entry.getFileName().toString().startsWith(PREFIX))
                    .forEach(TemporaryFolder::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
