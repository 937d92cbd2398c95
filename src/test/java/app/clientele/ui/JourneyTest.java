package app.clientele.ui;

import app.clientele.domain.Client;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A journey through the real window: a folder of its own, Clientele started on it, stopped afterwards. */
abstract class JourneyTest extends FxRobot {
    @TempDir
    Path folder;
    AppFixture app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopApp() throws Exception {
        app.stop();
    }

    /** Starts Clientele on the data folder, speaking the language given ("en", "ko"). */
    void startApp(Path data, String language) throws Exception {
        app = new AppFixture(data, language);
        app.start();
    }

    /** Stores clients in the data folder before Clientele starts on it. */
    static void seed(Path data, Client... clients) {
        try (Database database = Database.open(data)) {
            JdbiClientRepository repository = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            for (Client client : clients) {
                repository.create(client);
            }
        }
    }
}
