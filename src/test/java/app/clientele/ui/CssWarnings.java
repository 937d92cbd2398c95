package app.clientele.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what JavaFX's CSS engine warns about (it only logs: a style it cannot apply is skipped
 * and the node keeps its old look) from creation until {@link #close()}.
 */
final class CssWarnings extends Handler implements AutoCloseable {
    // JavaFX's "javafx.css" platform logger ends up in java.util.logging; held here so it is not collected.
    private final Logger logger = Logger.getLogger("javafx.css");
    private final List<String> messages = new CopyOnWriteArrayList<>();

    CssWarnings() {
        logger.addHandler(this);
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            messages.add(record.getMessage());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
