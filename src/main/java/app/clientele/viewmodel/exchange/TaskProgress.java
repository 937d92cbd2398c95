package app.clientele.viewmodel.exchange;

import app.clientele.exchange.Progress;
import app.clientele.viewmodel.TaskRunner;

/** A background task's progress as the exchange code reports it. */
public final class TaskProgress implements Progress {
    private final TaskRunner.Progress task;

    public TaskProgress(TaskRunner.Progress task) {
        this.task = task;
    }

    @Override
    public void update(long done, long total) {
        task.update(done, total);
    }

    @Override
    public boolean isCancelled() {
        return task.isCancelled();
    }
}
