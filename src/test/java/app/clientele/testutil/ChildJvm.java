package app.clientele.testutil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the project in a separate JVM with the tests' class path, as a user's process would run. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static ProcessBuilder of(Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
}
