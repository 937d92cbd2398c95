package app.clientele.bench;

import java.util.Arrays;
import javafx.application.Application;

/**
 * Starts one of the benchmark's JavaFX programs from the class path: a main class that is itself an
 * {@link Application} would be refused there ("JavaFX runtime components are missing").
 */
public final class Launch {
    private Launch() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Class<? extends Application> program = Class.forName(args[0]).asSubclass(Application.class);
        Application.launch(program, Arrays.copyOfRange(args, 1, args.length));
    }
}
