package app.clientele.view;

import app.clientele.logging.SafeLog;
import app.clientele.viewmodel.TaskRunner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * Runs work on one background thread, in the order it was asked for, so a slow load can never
 * land after a later save. Results and failures come back on the JavaFX thread. The task running
 * now is observable for the status bar's progress and Cancel button.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());
    private final ExecutorService worker;
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>();

    public FxTaskRunner() {
        this("clientele-worker");
    }

    /** A runner with a thread of its own, named for what it does (seen in thread dumps). */
    public FxTaskRunner(String threadName) {
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title == null ? "" : title);
                Task<T> self = this;
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        // Work without a title (a quick look for colleagues' changes) is not shown in the status bar.
        if (title != null) {
            task.setOnRunning(event -> current.set(task));
        }
        task.setOnSucceeded(event -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished(task);
            SafeLog.failure(LOG, "background work failed: " + (title == null ? "a quick check" : title), task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(event -> {
            finished(task);
            onFailure.accept(new CancellationException());
        });
        worker.execute(task);
    }

    private void finished(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    /** The task now running, or null when idle. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
