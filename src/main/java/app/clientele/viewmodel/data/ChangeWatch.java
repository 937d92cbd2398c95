package app.clientele.viewmodel.data;

import app.clientele.domain.ChangeStamp;
import app.clientele.viewmodel.TaskRunner;
import java.util.Objects;

/**
 * Notices colleagues' changes to a shared database: each {@link #check()} (every few seconds, and
 * when the window comes back to the front) reads the data's fingerprint quietly in the background
 * and, when it differs from the last one, asks the window to show the data again.
 */
public final class ChangeWatch {
    private final ChangeStamp stamp;
    private final TaskRunner tasks;
    private final Runnable onChange;
    private String last;
    private boolean checking;

    public ChangeWatch(ChangeStamp stamp, TaskRunner tasks, Runnable onChange) {
        this.stamp = stamp;
        this.tasks = tasks;
        this.onChange = onChange;
    }

    /** Remembers how the data looks now, without reporting a change (after loading it). */
    public void start() {
        tasks.run(null, progress -> stamp.read(), now -> last = now, failure -> { });
    }

    public void check() {
        if (checking) {
            return; // the last look has not come back yet (long work ahead of it): one is enough
        }
        checking = true;
        // A failure to read (the server is away for a moment) is not worth a message: the next
        // check tries again, and saving reports a lost connection in words.
        tasks.run(null, progress -> stamp.read(), now -> {
            checking = false;
            boolean changed = last != null && !Objects.equals(last, now);
            last = now;
            if (changed) {
                onChange.run();
            }
        }, failure -> checking = false);
    }
}
