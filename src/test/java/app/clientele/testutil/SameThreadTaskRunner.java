package app.clientele.testutil;

import app.clientele.viewmodel.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs each task at once on the calling thread, so view-model tests need no toolkit and no waiting. */
public final class SameThreadTaskRunner implements TaskRunner {
    private final List<String> titles = new ArrayList<>();

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        titles.add(title);
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception | Error failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    /** The titles of the tasks run so far, in order. */
    public List<String> titles() {
        return titles;
    }
}
