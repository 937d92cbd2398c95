package app.clientele.bench;

import java.lang.reflect.Method;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Starts one of the benchmark's JavaFX programs from the class path: a main class that is itself an
 * {@link Application} would be refused there ("JavaFX runtime components are missing"). A program
 * with its own {@code main} (to do what Clientele's launcher does before the toolkit), or a plain
 * program without JavaFX, is started through its {@code main}.
 */
public final class Launch {
    private Launch() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Class<?> program = Class.forName(args[0]);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Method main;
        try {
            main = program.getDeclaredMethod("main", String[].class);
        } catch (NoSuchMethodException none) {
            Application.launch(program.asSubclass(Application.class), rest);
            return;
        }
        main.invoke(null, (Object) rest);
    }
}
