package app.clientele.viewmodel.data;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.domain.TrashEntry;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiTrash;
import app.clientele.testutil.MutableClock;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrashViewModelTest {
    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Database database;
    private JdbiTrash trash;
    private TrashViewModel model;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), clock);
        trash = new JdbiTrash(database.jdbi(), clock);
        trash.moveToTrash(clients.create(aClient().withName("Long gone").build()).id());
        clock.advance(Duration.ofDays(25));
        trash.moveToTrash(clients.create(aClient().withName("Recently deleted").build()).id());
        clock.advance(Duration.ofDays(10));
        Texts texts = new Texts(Locale.ENGLISH);
        Dates dates = new Dates(clock, texts);
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        ClientsViewModel list = new ClientsViewModel(clients, new JdbiCustomFieldRepository(database.jdbi(), clock), trash,
                new UndoHistory(), new HistoryChanges(), tasks, dialogs, texts, dates);
        model = new TrashViewModel(trash, list, tasks, dialogs, texts, dates);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void purgeExpired_deletesWhatWasKeptLongEnough_andTheOpenPageFollows() {
        model.load();
        assertEquals(List.of("Long gone", "Recently deleted"), shownNames());

        model.purgeExpired();

        assertEquals(List.of("Recently deleted"), shownNames());
        assertEquals(List.of("Recently deleted"), trash.entries().stream().map(TrashEntry::displayName).toList());
        assertEquals(List.of(), dialogs.errors());
    }

    private List<String> shownNames() {
        return model.entries().stream().map(TrashEntry::displayName).sorted().toList();
    }
}
