package app.clientele.viewmodel.clients;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientSummary;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiTrash;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.text.Collation;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client list at start-up: the first screen in its final order first, then every client. */
class ClientsListLoadingTest {
    private static final int CLIENTS = ClientsViewModel.FIRST_SCREEN + 20;
    @TempDir
    Path folder;
    private Database database;
    private JdbiClientRepository repository;
    private final HeldTaskRunner tasks = new HeldTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ClientsViewModel clients;
    private List<String> allNamesInOrder;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        repository = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        // Upper and lower case interleaved: the list's order (ignoring case) is not the bytes' order.
        List<String> names = IntStream.range(0, CLIENTS)
                .mapToObj(i -> (i % 2 == 0 ? "client " : "Client ") + String.format("%03d", CLIENTS - i)).toList();
        names.forEach(name -> repository.create(aClient().withName(name).build()));
        allNamesInOrder = names.stream().sorted(Collation.forLocale(Locale.ENGLISH)).toList();
        Texts texts = new Texts(Locale.ENGLISH);
        clients = new ClientsViewModel(repository, new JdbiCustomFieldRepository(database.jdbi(), Clock.systemUTC()),
                new JdbiTrash(database.jdbi(), Clock.systemUTC()), new UndoHistory(), new HistoryChanges(), tasks,
                dialogs, texts, new Dates(Clock.systemUTC(), texts));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void load_ofMoreClientsThanAScreen_showsTheFirstScreenInFinalOrderThenEveryClient() {
        clients.load();
        assertTrue(clients.loadingProperty().get());
        assertFalse(clients.firstScreenShownProperty().get());

        tasks.runNext();

        assertEquals(allNamesInOrder.subList(0, ClientsViewModel.FIRST_SCREEN), visibleNames());
        assertTrue(clients.firstScreenShownProperty().get());
        assertTrue(clients.loadingProperty().get());
        assertEquals(ClientsViewModel.FIRST_SCREEN + " shown of " + CLIENTS + " clients, loading the rest…",
                clients.countTextProperty().get());

        tasks.runNext();

        assertEquals(allNamesInOrder, visibleNames());
        assertFalse(clients.loadingProperty().get());
        assertEquals(CLIENTS + " clients", clients.countTextProperty().get());
        assertEquals(0, tasks.waiting());
    }

    @Test
    void loadAgain_keepsTheOpenClientSelectedAndTheChosenOrder() {
        clients.load();
        tasks.runAll();
        ClientSummary last = clients.visibleClients().get(CLIENTS - 1); // not on the first screen
        clients.select(last);
        tasks.runAll();
        clients.sort((left, right) -> right.displayName().compareTo(left.displayName()));

        clients.load();
        tasks.runNext();
        assertEquals(last.id(), clients.selectedProperty().get().id());
        tasks.runNext();

        assertSame(rowOf(last.id()), clients.selectedProperty().get());
        assertEquals(allNamesInOrder.stream().sorted(Comparator.reverseOrder()).toList(), visibleNames());
    }

    @Test
    void aClientAskedForBeforeTheRestArrives_opensWhenItDoes() {
        clients.load();
        tasks.runNext();
        String last = allNamesInOrder.get(CLIENTS - 1);
        long lastId = repository.summaries().stream().filter(row -> row.displayName().equals(last)).findFirst()
                .orElseThrow().id();

        clients.selectClient(lastId);
        tasks.runAll();

        assertEquals(last, clients.selectedProperty().get().displayName());
        assertEquals(last, clients.form().loadedProperty().get().name().displayName());
    }

    @Test
    void load_ofFewerClientsThanAScreen_takesOneStep() {
        repository.names().stream().skip(ClientsViewModel.FIRST_SCREEN - 1).forEach(ref -> repository.delete(ref.id()));

        clients.load();
        tasks.runNext();

        assertEquals(ClientsViewModel.FIRST_SCREEN - 1, clients.visibleClients().size());
        assertFalse(clients.loadingProperty().get());
        assertEquals(0, tasks.waiting());
    }

    @Test
    void load_thatFailsAtTheFirstStep_saysSoAndStopsLoading() {
        clients.load();
        database.close();

        tasks.runNext();

        assertEquals(1, dialogs.errors().size());
        assertFalse(clients.loadingProperty().get());
        // What waits for the first screen (the window's dialogs, the reminder check) is not left waiting.
        assertTrue(clients.firstScreenShownProperty().get());
        assertEquals(0, tasks.waiting());
    }

    private ClientSummary rowOf(long id) {
        return clients.visibleClients().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    private List<String> visibleNames() {
        return clients.visibleClients().stream().map(ClientSummary::displayName).toList();
    }

    /** Keeps background work until the test runs it, in order, as the app's single worker would. */
    private static final class HeldTaskRunner implements TaskRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();
        private final SameThreadTaskRunner atOnce = new SameThreadTaskRunner();

        @Override
        public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Throwable> onFailure) {
            held.add(() -> atOnce.run(title, work, onSuccess, onFailure));
        }

        void runNext() {
            held.remove().run();
        }

        void runAll() {
            while (!held.isEmpty()) {
                runNext();
            }
        }

        int waiting() {
            return held.size();
        }
    }
}
