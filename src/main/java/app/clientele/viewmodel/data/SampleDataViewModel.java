package app.clientele.viewmodel.data;

import app.clientele.demo.SampleData;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.exchange.TaskProgress;
import java.util.concurrent.CancellationException;

/** File ▸ Load sample data: a few hundred made-up clients with history, to try Clientele on. */
public final class SampleDataViewModel {
    private final SampleData sample;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Runnable loaded;

    public SampleDataViewModel(SampleData sample, TaskRunner tasks, Dialogs dialogs, Texts texts, Runnable loaded) {
        this.sample = sample;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.loaded = loaded;
    }

    public void load() {
        tasks.run(texts.get("task.sampleData"),
                progress -> sample.load(System.currentTimeMillis(), SampleData.Size.SMALL, new TaskProgress(progress)),
                made -> {
                    loaded.run();
                    dialogs.showInfo(texts.get("demo.loaded", made.clients().size()));
                },
                failure -> {
                    loaded.run();
                    if (!(failure instanceof CancellationException)) {
                        dialogs.showError(ErrorMessages.describe(failure, texts));
                    }
                });
    }
}
