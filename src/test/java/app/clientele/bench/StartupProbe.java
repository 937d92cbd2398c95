package app.clientele.bench;

import app.clientele.app.AppContext;
import app.clientele.app.MainWindow;
import app.clientele.app.Startup;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Clientele started as a user starts it, on a data folder, until its window is shown with the
 * Clients list filled (READY: the first screen of rows, in the list's order) and until every client
 * is loaded (ALL_LOADED); prints the times since the JVM started. With {@code --sweep} it then types a
 * series of searches and prints the heap used after start and after the sweep. Started through
 * {@link #main} as Clientele's launcher starts the app: the database begins opening before the toolkit.
 */
public final class StartupProbe extends Application {
    private static final List<String> SWEEP = List.of("k", "ki", "kim", "", "p", "pa", "par", "park", "", "김", "김민",
            "", "ㄱ", "ㄱㅁ", "ㄱㅁㅅ", "", "0", "01", "010", "0101", "01012", "", "jane", "", "example.kr", "");

    private static Startup startup;
    private AppContext context;

    public static void main(String[] args) {
        startup = Startup.begin(List.of("--data", args[0]));
        Application.launch(StartupProbe.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        System.out.println("FX_STARTED " + EmptyWindow.sinceJvmStart());
        context = startup.open();
        System.out.println("DATABASE_OPEN " + EmptyWindow.sinceJvmStart());
        MainWindow window = MainWindow.open(stage, context, getHostServices()::showDocument);
        System.out.println("WINDOW_SHOWN " + EmptyWindow.sinceJvmStart());
        boolean sweep = args.contains("--sweep");
        new AnimationTimer() {
            private boolean ready;

            @Override
            public void handle(long now) {
                if (!ready && stage.isShowing() && !window.clients().allClients().isEmpty()) {
                    ready = true;
                    System.out.println("READY " + EmptyWindow.sinceJvmStart());
                }
                if (ready && !window.clients().loadingProperty().get()) {
                    stop();
                    System.out.println("ALL_LOADED " + EmptyWindow.sinceJvmStart());
                    if (sweep) {
                        System.out.println("HEAP_AFTER_START " + usedHeapAfterGc());
                        SWEEP.forEach(text -> window.clients().searchTextProperty().set(text));
                        System.out.println("HEAP_AFTER_SWEEP " + usedHeapAfterGc());
                    }
                    Platform.exit();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
