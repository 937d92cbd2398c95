package app.clientele.viewmodel;

import java.util.function.Consumer;

/**
 * Runs database and file work away from the JavaFX thread and hands the result back to it. Tests
 * use one that runs everything at once on the calling thread.
 */
public interface TaskRunner {

    /** @param title what the status bar shows while it runs; null for quick work not worth showing */
    <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Work that may report progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }
}
