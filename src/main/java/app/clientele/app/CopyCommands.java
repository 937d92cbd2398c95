package app.clientele.app;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.DataCopy;
import app.clientele.domain.SharedDatabase;
import java.util.Arrays;

/**
 * {@code clientele copy-to-shared --db URL --db-user NAME}: this computer's data into an empty
 * shared database; {@code clientele copy-to-local [--replace]}: the shared database (from
 * {@code --db} or the settings) into this computer's file, for a laptop copy. The shared database's
 * password comes from {@value AppContext#DB_PASSWORD_VARIABLE} or the terminal.
 */
final class CopyCommands {
    private CopyCommands() {
    }

    static int toShared(CommandLine commandLine, Cli cli) {
        SharedDatabase target = DatabaseChoice.of(commandLine, Preferences.load(DataFolder.resolve(
                commandLine.option("data")))).orElseThrow(() -> new ClienteleException("copy.error.noTarget"));
        char[] password = cli.sharedPassword(target, false);
        if (password == null) {
            throw new ClienteleException("shared.error.passwordNeeded", target.describe());
        }
        try (AppContext context = cli.openLocalContext(commandLine)) {
            DataCopy.Report report = new DataTransfer(context, again -> null)
                    .toSharedDatabase(target, password, DataCopy.Progress.NONE);
            print(cli, report, target.describe());
            return Cli.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static int toLocal(CommandLine commandLine, Cli cli) {
        try (AppContext context = cli.openContext(commandLine)) {
            DataCopy.Report report = new DataTransfer(context, cli::askPassword)
                    .toThisComputer(commandLine.flag("replace"), DataCopy.Progress.NONE);
            print(cli, report, context.dataFolder().toString());
            return Cli.OK;
        }
    }

    private static void print(Cli cli, DataCopy.Report report, String where) {
        cli.out().println(cli.texts().get("copy.done", where, report.rows("client"), report.rows("interaction"),
                report.rows("follow_up"), report.total()));
    }
}
