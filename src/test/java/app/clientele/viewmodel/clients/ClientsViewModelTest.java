package app.clientele.viewmodel.clients;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Relationship;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiTrash;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.interactions.HistoryChanges;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs.RemoveChoice;
import app.clientele.viewmodel.Dialogs.UnsavedChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientsViewModelTest {
    @TempDir
    Path folder;
    private Database database;
    private JdbiClientRepository repository;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ClientsViewModel clients;
    private JdbiTrash trash;
    private final UndoHistory undo = new UndoHistory();

    @BeforeEach
    void open() {
        database = Database.open(folder);
        repository = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        repository.create(aKoreanClient().build());
        repository.create(aClient().withName("Jane Doe").withRelationship(Relationship.CUSTOMER)
                .withCustomerType(CustomerType.IMPULSE).withTags("audit").build());
        repository.create(aClient().withName("Archie Ved").archived().build());
        Texts texts = new Texts(Locale.ENGLISH);
        trash = new JdbiTrash(database.jdbi(), Clock.systemUTC());
        clients = new ClientsViewModel(repository, new JdbiCustomFieldRepository(database.jdbi(), Clock.systemUTC()),
                trash, undo, new HistoryChanges(), new SameThreadTaskRunner(), dialogs, texts,
                new Dates(Clock.systemUTC(), texts));
        clients.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void load_showsActiveClientsInNameOrderWithACount() {
        assertEquals(List.of("Jane Doe", "박민수"), visibleNames());
        assertEquals("2 clients", clients.countTextProperty().get());
        assertEquals(List.of("audit", "VIP", "세무"), clients.tags());
    }

    @Test
    void searchAndFilters_narrowTheList() {
        clients.searchTextProperty().set("ㅂㅁ");
        assertEquals(List.of("박민수"), visibleNames());
        assertEquals("1 client", clients.countTextProperty().get());

        clients.searchTextProperty().set("");
        clients.relationshipFilterProperty().set(Relationship.CUSTOMER);
        assertEquals(List.of("Jane Doe"), visibleNames());

        clients.relationshipFilterProperty().set(null);
        clients.tagFilterProperty().set("VIP");
        assertEquals(List.of("박민수"), visibleNames());

        clients.tagFilterProperty().set(null);
        clients.showArchivedProperty().set(true);
        assertEquals(3, clients.visibleClients().size());

        clients.searchTextProperty().set("nobody");
        assertEquals("No clients", clients.countTextProperty().get());
    }

    @Test
    void newClient_savedFromTheForm_isStoredListedAndSelected() {
        clients.newClient();
        clients.form().displayNameProperty().set("Carol New");
        clients.form().addEmail().addressProperty().set("carol@example.com");

        clients.save();

        assertEquals(4, repository.count());
        assertEquals("Carol New", clients.selectedProperty().get().displayName());
        assertFalse(clients.form().dirtyProperty().get());
        assertFalse(clients.form().isNew());
        assertTrue(visibleNames().contains("Carol New"));
        assertTrue(dialogs.errors().isEmpty());
    }

    @Test
    void editSaved_updatesTheRowInPlace() {
        clients.select(row("Jane Doe"));
        clients.form().organisationProperty().set("Doe Ltd");

        clients.save();

        assertEquals("Doe Ltd", row("Jane Doe").organisation());
        assertEquals(1, repository.find(row("Jane Doe").id()).orElseThrow().version());
    }

    @Test
    void switchingWithUnsavedChanges_cancel_keepsTheEdits() {
        clients.select(row("Jane Doe"));
        clients.form().notesProperty().set("typed but not saved");
        dialogs.answerUnsaved(UnsavedChoice.CANCEL);

        boolean switched = clients.select(row("박민수"));

        assertFalse(switched);
        assertEquals(List.of("unsaved:Jane Doe"), dialogs.asked());
        assertEquals("typed but not saved", clients.form().notesProperty().get());
        assertEquals("Jane Doe", clients.selectedProperty().get().displayName());
    }

    @Test
    void switchingWithUnsavedChanges_save_storesThemThenOpensTheOther() {
        clients.select(row("Jane Doe"));
        clients.form().notesProperty().set("remember this");
        dialogs.answerUnsaved(UnsavedChoice.SAVE);

        assertTrue(clients.select(row("박민수")));

        assertEquals("박민수", clients.form().displayNameProperty().get());
        assertEquals("remember this", repository.find(row("Jane Doe").id()).orElseThrow().notes());
    }

    @Test
    void switchingWithUnsavedChanges_discard_dropsThem() {
        clients.select(row("Jane Doe"));
        clients.form().notesProperty().set("throw away");
        dialogs.answerUnsaved(UnsavedChoice.DISCARD);

        clients.newClient();

        assertTrue(clients.form().isNew());
        assertEquals(null, repository.find(row("Jane Doe").id()).orElseThrow().notes());
    }

    @Test
    void archive_hidesTheClientUnlessArchivedAreShown() {
        clients.select(row("Jane Doe"));

        clients.toggleArchived();

        assertEquals(List.of("박민수"), visibleNames());
        assertTrue(repository.find(clients.form().loadedProperty().get().id()).orElseThrow().archived());
        clients.showArchivedProperty().set(true);
        assertTrue(visibleNames().contains("Jane Doe"));
    }

    @Test
    void delete_asksFirst_cancelKeepsAndDeleteRemovesForGood() {
        clients.select(row("Jane Doe"));
        dialogs.answerRemove(RemoveChoice.CANCEL);
        clients.delete();
        assertEquals(3, repository.count());
        assertEquals(List.of("remove:Jane Doe"), dialogs.asked());

        dialogs.answerRemove(RemoveChoice.DELETE);
        clients.delete();

        assertEquals(2, repository.count());
        assertEquals(List.of("박민수"), visibleNames());
        assertTrue(clients.form().isNew());
    }

    @Test
    void deletedClient_goesToTheTrashAndCtrlZBringsItBack() {
        clients.select(row("Jane Doe"));
        long id = row("Jane Doe").id();
        dialogs.answerRemove(RemoveChoice.DELETE);
        clients.delete();
        assertEquals(1, trash.entries().size());
        assertEquals("Undo delete of Jane Doe", undo.descriptionProperty().get());

        undo.undo();

        assertEquals("Jane Doe", repository.find(id).orElseThrow().displayName());
        assertTrue(trash.entries().isEmpty());
        assertEquals(List.of("Jane Doe", "박민수"), visibleNames());
        assertEquals("Jane Doe", clients.form().displayNameProperty().get());
        assertEquals(null, undo.descriptionProperty().get(), "undo happens once");
    }

    @Test
    void archivedClient_isRestoredByUndo() {
        clients.select(row("Jane Doe"));
        long id = row("Jane Doe").id();
        clients.toggleArchived();
        assertEquals("Undo archive of Jane Doe", undo.descriptionProperty().get());

        undo.undo();

        assertFalse(repository.find(id).orElseThrow().archived());
        assertTrue(visibleNames().contains("Jane Doe"));
    }

    @Test
    void delete_answeredWithArchive_archivesAndKeepsTheClient() {
        clients.select(row("Jane Doe"));
        long id = row("Jane Doe").id();
        dialogs.answerRemove(RemoveChoice.ARCHIVE);

        clients.delete();

        assertEquals(3, repository.count());
        assertTrue(repository.find(id).orElseThrow().archived());
        assertEquals(List.of("박민수"), visibleNames());
    }

    @Test
    void saveOfAClientChangedElsewhere_isRefusedAndTheUserMayKeepTheirEdit() {
        clients.select(row("Jane Doe"));
        var current = repository.find(row("Jane Doe").id()).orElseThrow();
        repository.update(current);
        clients.form().notesProperty().set("my edit");
        dialogs.answerConfirm(false);

        clients.save();

        assertEquals(List.of("confirm:Changed elsewhere"), dialogs.asked());
        assertEquals(null, repository.find(current.id()).orElseThrow().notes(), "nothing was overwritten");
        assertTrue(clients.form().dirtyProperty().get(), "the user's edit is still in the form");
    }

    @Test
    void saveOfAClientChangedElsewhere_offersToReloadTheCurrentVersion() {
        clients.select(row("Jane Doe"));
        var current = repository.find(row("Jane Doe").id()).orElseThrow();
        repository.update(new app.clientele.domain.Client(current.id(), current.version(), current.name(), "Their Co",
                null, current.relationship(), current.segment(), false, current.customerType(), current.emails(),
                current.phones(), current.address(), null, current.tags(), null, null, null, current.createdAt(),
                current.updatedAt(), false, current.kind(), current.customValues()));
        clients.form().notesProperty().set("my edit");
        dialogs.answerConfirm(true);

        clients.save();

        assertEquals("Their Co", clients.form().organisationProperty().get());
        assertFalse(clients.form().dirtyProperty().get());
    }

    private ClientSummary row(String name) {
        return clients.visibleClients().stream().filter(row -> row.displayName().equals(name)).findFirst().orElseThrow();
    }

    private List<String> visibleNames() {
        return clients.visibleClients().stream().map(ClientSummary::displayName).toList();
    }
}
