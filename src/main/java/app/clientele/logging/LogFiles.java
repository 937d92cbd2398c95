package app.clientele.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Sends the app's log to {@code logs/clientele.N.log} in the data folder: five files of at most
 * a megabyte each, the oldest dropped. See {@link SafeLog} for what may be written.
 */
public final class LogFiles {
    public static final String FOLDER_NAME = "logs";
    private static FileHandler handler;

    private LogFiles() {
    }

    /** The file is the log: nothing goes to the console, whose stderr belongs to the command line's own messages. */
    public static void keepConsoleQuiet() {
        Logger root = Logger.getLogger("");
        for (Handler console : root.getHandlers()) {
            if (console instanceof ConsoleHandler) {
                root.removeHandler(console);
            }
        }
    }

    public static synchronized void writeTo(Path dataFolder) {
        Logger root = Logger.getLogger("");
        keepConsoleQuiet();
        if (handler != null) {
            root.removeHandler(handler);
            handler.close();
        }
        try {
            Path folder = Files.createDirectories(dataFolder.resolve(FOLDER_NAME));
            handler = new FileHandler(folder.resolve("clientele.%g.log").toString(), 1_000_000, 5, true);
        } catch (IOException cannotLog) {
            // Logging is a help, not a condition for working: go on without a log file.
            handler = null;
            return;
        }
        handler.setFormatter(new OneLineFormatter());
        handler.setLevel(Level.INFO);
        root.addHandler(handler);
    }

    /** "2026-11-29 14:03:12 WARNING app.clientele.view.FxTaskRunner: message". */
    private static final class OneLineFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            return TIME.format(Instant.ofEpochMilli(record.getMillis())) + " " + record.getLevel() + " "
                    + record.getLoggerName() + ": " + formatMessage(record) + System.lineSeparator();
        }
    }
}
