package app.clientele.app;

import java.util.Arrays;

/**
 * The program's entry point. Without a sub-command it opens the window; with one (such as
 * {@code --help}) it runs on the command line and needs no display. A plain class, not an
 * {@link javafx.application.Application}, so the jar starts from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(Arrays.asList(args));
        } catch (RuntimeException badArguments) {
            System.exit(Cli.reportUsageError(badArguments, System.err));
            return;
        }
        if (commandLine.opensWindow()) {
            ClienteleApp.openWindow(args);
        } else {
            System.exit(new Cli(System.out, System.err).run(commandLine));
        }
    }
}
