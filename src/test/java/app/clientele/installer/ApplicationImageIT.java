package app.clientele.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.clientele.app.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks what {@code mvn -Pinstaller verify} builds, the way a user's computer runs it: the
 * image's own launcher on its own Java runtime, with no display, on a temporary data folder. Run
 * by Failsafe in the installer profile, after the package phase has built the image.
 */
class ApplicationImageIT {
    private static final long SIZE_LIMIT_BYTES = 120_000_000;
    private static final Path INSTALLER = Path.of(System.getProperty("clientele.installer.dir"));
    private static final Path IMAGE = Path.of(System.getProperty("clientele.image"));
    private static final String VERSION = System.getProperty("clientele.version");

    /** The data folder of every launcher run: new for each test. */
    @TempDir
    Path dataFolder;
    @TempDir
    Path scratch;

    @Test
    void help_printsTheUsage_withoutADisplay() throws Exception {
        LauncherRun run = runLauncher("--help");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals(new Cli(System.out, System.err).helpText(), run.out());
        assertEquals("", run.err());
    }

    @Test
    void version_printsTheVersionThatWasBuilt() throws Exception {
        LauncherRun run = runLauncher("--version");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals("Clientele " + VERSION, run.out().strip());
    }

    @Test
    void subCommandAndOptions_reachTheAppUnchanged() throws Exception {
        LauncherRun run = runLauncher("no-such-command", "--data", scratch.resolve("elsewhere").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("no-such-command"), run.err());
    }

    @Test
    void image_withItsJavaRuntime_staysUnder120MB() throws IOException {
        long size = sizeOf(IMAGE);
        assertTrue(size < SIZE_LIMIT_BYTES, "the image takes " + size / 1_000_000 + " MB");
    }

    @Test
    void runtime_holdsEveryJdkModuleTheJarsNeed() throws IOException {
        Path input = INSTALLER.resolve("input");
        List<String> arguments = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--class-path", input.resolve("lib") + "/*"));
        try (Stream<Path> jars = Stream.concat(Stream.of(input.resolve("clientele.jar")), Files.list(input.resolve("lib")))) {
            jars.map(Path::toString).forEach(arguments::add);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
        assertEquals(0, exitCode, err.toString());
        List<String> lines = out.toString().lines().filter(line -> !line.isBlank()).toList();
        Set<String> needed = Set.of(lines.get(lines.size() - 1).strip().split(","));

        Set<String> linked = Set.of(Files.readAllLines(INSTALLER.resolve("runtime/release")).stream()
                .filter(line -> line.startsWith("MODULES="))
                .findFirst().orElseThrow()
                .replaceAll("MODULES=|\"", "").split(" "));

        List<String> missing = needed.stream().filter(module -> !linked.contains(module)).sorted().toList();
        assertEquals(List.of(), missing, "add these to installer.modules in pom.xml");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void debianPackage_needsGtkAndAddsAMenuEntry(@TempDir Path unpacked) throws Exception {
        Path deb;
        try (Stream<Path> packages = Files.list(INSTALLER.resolve("package"))) {
            deb = packages.filter(file -> file.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        String fields = run("dpkg-deb", "--field", deb.toString(), "Package", "Version", "Depends").out();
        assertTrue(fields.contains("Package: clientele\n"), fields);
        assertTrue(fields.contains("Version: " + VERSION + "-"), fields);
        assertTrue(fields.matches("(?s).*Depends: .*\\blibgtk-3-0\\b.*"), fields);

        assertEquals(0, run("dpkg-deb", "--extract", deb.toString(), unpacked.toString()).exitCode());
        String entry = Files.readString(unpacked.resolve("opt/clientele/lib/clientele-Clientele.desktop"));
        assertTrue(entry.contains("\nExec=/opt/clientele/bin/Clientele\n"), entry);
        assertTrue(entry.contains("\nIcon=/opt/clientele/lib/Clientele.png\n"), entry);
        assertTrue(Files.isExecutable(unpacked.resolve("opt/clientele/bin/Clientele")));
        assertTrue(Files.isRegularFile(unpacked.resolve("opt/clientele/lib/Clientele.png")));
    }

    /**
     * Runs the image's launcher with these arguments, as a user would from a terminal, but with
     * no display and with {@code CLIENTELE_HOME} set to {@link #dataFolder}, so the run never
     * touches the real user's data. Fails if the run wrote anything into the image: the installed
     * app keeps all its data in the data folder.
     */
    private LauncherRun runLauncher(String... arguments) throws Exception {
        Map<String, FileStamp> before = stamps(IMAGE);
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(Arrays.asList(arguments));
        LauncherRun run = run(command.toArray(String[]::new));
        assertEquals(before, stamps(IMAGE), "the launcher changed files inside the image");
        return run;
    }

    private static Path launcher() {
        if (OS.WINDOWS.isCurrentOs()) {
            return IMAGE.resolve("clientele-cli.exe");
        }
        if (OS.MAC.isCurrentOs()) {
            return IMAGE.resolve("Contents/MacOS/Clientele");
        }
        return IMAGE.resolve("bin/Clientele");
    }

    private LauncherRun run(String... command) throws Exception {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY"));
        environment.put("CLIENTELE_HOME", dataFolder.toString());
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("did not finish: " + String.join(" ", command));
        }
        Charset console = Charset.forName(System.getProperty("native.encoding"));
        return new LauncherRun(process.exitValue(), Files.readString(out, console), Files.readString(err, console));
    }

    private record LauncherRun(int exitCode, String out, String err) {
    }

    private record FileStamp(long size, long modified) {
    }

    private static Map<String, FileStamp> stamps(Path folder) throws IOException {
        Map<String, FileStamp> stamps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(folder.relativize(file).toString(),
                        new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
            }
        }
        return stamps;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
