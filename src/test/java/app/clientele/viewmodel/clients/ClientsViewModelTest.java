package app.clientele.viewmodel.clients;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.PhoneNumber;
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
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.Dialogs.ConflictChoice;
import app.clientele.viewmodel.Dialogs.RemoveChoice;
import app.clientele.viewmodel.Dialogs.UnsavedChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
    void select_selectsTheRowAtOnce_thenShowsTheClientOnceRead() {
        // The selection comes first, so what follows it (the history, the table) starts while the client is read.
        HeldTaskRunner held = new HeldTaskRunner();
        Texts texts = new Texts(Locale.ENGLISH);
        ClientsViewModel workspace = new ClientsViewModel(repository, new JdbiCustomFieldRepository(database.jdbi(),
                Clock.systemUTC()), trash, undo, new HistoryChanges(), held, dialogs, texts,
                new Dates(Clock.systemUTC(), texts));
        workspace.load();
        held.runHeld();
        ClientSummary park = workspace.visibleClients().stream().filter(row -> row.displayName().equals("박민수"))
                .findFirst().orElseThrow();

        workspace.select(park);

        assertEquals(park, workspace.selectedProperty().get());
        assertEquals(null, workspace.form().loadedProperty().get());
        held.runHeld();
        assertEquals("박민수", workspace.form().loadedProperty().get().displayName());
    }

    /** Runs work only when told to, as the background thread would some time later. */
    private static final class HeldTaskRunner implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();
        private final SameThreadTaskRunner later = new SameThreadTaskRunner();

        @Override
        public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Throwable> onFailure) {
            held.add(() -> later.run(title, work, onSuccess, onFailure));
        }

        void runHeld() {
            while (!held.isEmpty()) {
                held.remove(0).run();
            }
        }
    }

    @Test
    void select_ofAClientDeletedMeanwhile_saysSo_andKeepsTheOpenClientSelected() {
        clients.select(row("Jane Doe"));
        ClientSummary gone = row("박민수");
        trash.moveToTrash(gone.id());

        clients.select(gone);

        assertEquals(List.of("This client no longer exists; it may have been deleted elsewhere."), dialogs.errors());
        assertEquals("Jane Doe", clients.selectedProperty().get().displayName());
        assertEquals("Jane Doe", clients.form().loadedProperty().get().displayName());
        assertEquals(List.of("Jane Doe"), visibleNames());
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
    void saveOfAClientChangedElsewhere_saysWhoChangedWhat_andTheUserMayKeepTheirEdit() {
        clients.select(row("Jane Doe"));
        theyChange("Their Co", "010-9999-0000");
        clients.form().notesProperty().set("my edit");
        dialogs.answerConflict(ConflictChoice.KEEP_EDITING);

        clients.save();

        assertEquals(1, dialogs.asked().size());
        String question = dialogs.asked().get(0);
        assertTrue(question.startsWith("conflict:Anna saved this client on "), question);
        assertTrue(question.contains("What they changed: Organisation, Phones."), question);
        assertEquals(null, repository.find(row("Jane Doe").id()).orElseThrow().notes(), "nothing was overwritten");
        assertTrue(clients.form().dirtyProperty().get(), "the user's edit is still in the form");
        assertEquals("my edit", clients.form().notesProperty().get());
        assertEquals("Jane Doe", clients.selectedProperty().get().displayName());
    }

    @Test
    void saveOfAClientChangedElsewhere_offersToReloadTheCurrentVersion() {
        clients.select(row("Jane Doe"));
        theyChange("Their Co", null);
        clients.form().notesProperty().set("my edit");
        dialogs.answerConflict(ConflictChoice.RELOAD);

        clients.save();

        assertEquals("Their Co", clients.form().organisationProperty().get());
        assertEquals("", clients.form().notesProperty().get());
        assertFalse(clients.form().dirtyProperty().get());
        assertEquals("Their Co", row("Jane Doe").organisation(), "the list shows their version too");
    }

    @Test
    void saveOfAClientChangedElsewhere_mayOverwriteTheirVersionWithMine() {
        clients.select(row("Jane Doe"));
        Client theirs = theyChange("Their Co", null);
        clients.form().notesProperty().set("my edit");
        dialogs.answerConflict(ConflictChoice.OVERWRITE);

        clients.save();

        Client stored = repository.find(theirs.id()).orElseThrow();
        assertEquals("my edit", stored.notes());
        assertEquals(null, stored.organisation(), "my version replaces theirs as a whole");
        assertEquals(theirs.version() + 1, stored.version());
        assertFalse(clients.form().dirtyProperty().get());
        assertEquals(stored, clients.form().loadedProperty().get());
    }

    @Test
    void saveOfAClientDeletedElsewhere_mayBeSavedAsANewClient() {
        clients.select(row("Jane Doe"));
        long id = row("Jane Doe").id();
        repository.delete(id);
        clients.form().notesProperty().set("my edit");
        dialogs.answerConfirm(true);

        clients.save();

        assertEquals(List.of("confirm:Changed elsewhere"), dialogs.asked());
        Client saved = clients.form().loadedProperty().get();
        assertTrue(saved.id() != id);
        assertEquals("my edit", repository.find(saved.id()).orElseThrow().notes());
        assertEquals(1, clients.visibleClients().stream().filter(r -> r.displayName().equals("Jane Doe")).count());
    }

    @Test
    void conflictMessage_namesTheFirmsOwnFieldsThatChanged() {
        var fields = new JdbiCustomFieldRepository(database.jdbi(), Clock.systemUTC());
        CustomField policy = fields.create(CustomField.newField("Policy number", CustomFieldType.TEXT, List.of(), null));
        clients.load();
        Client mine = repository.find(row("Jane Doe").id()).orElseThrow();
        Client theirs = new Client(mine.id(), mine.version(), mine.name(), mine.organisation(), mine.jobTitle(),
                mine.relationship(), mine.segment(), mine.internal(), mine.customerType(), mine.emails(),
                mine.phones(), mine.address(), mine.birthday(), List.of("audit", "new"), mine.source(),
                mine.accountOwner(), mine.notes(), mine.createdAt(), mine.updatedAt(), mine.archived(),
                mine.kind(), mine.customValues().with(policy, "HB-1"));

        String message = clients.describeConflict(mine, theirs);

        assertTrue(message.startsWith("Someone saved this client on "), message);
        assertTrue(message.contains("What they changed: Tags, Policy number."), message);
        assertTrue(clients.describeConflict(mine, mine).contains("They changed nothing you can see in the form."));
    }

    /** Another user saves Jane Doe with another organisation (and phone) while the form has her open. */
    @Test
    void refreshAfterColleaguesChanges_showsThemAndKeepsTheSelection() {
        clients.select(row("Jane Doe"));
        theyChange("Their Co", null);
        repository.create(aClient().withName("Zoe New").build());

        clients.refresh();

        assertEquals("Their Co", row("Jane Doe").organisation());
        assertEquals("Jane Doe", clients.selectedProperty().get().displayName());
        assertEquals("Their Co", clients.selectedProperty().get().organisation());
        assertEquals("Their Co", clients.form().organisationProperty().get(), "an unedited form follows");
        assertTrue(clients.visibleClients().stream().anyMatch(r -> r.displayName().equals("Zoe New")),
                "a client a colleague added is listed");
        assertTrue(dialogs.asked().isEmpty());
    }

    @Test
    void refreshAfterColleaguesChanges_leavesAnUnsavedEditInTheForm() {
        clients.select(row("Jane Doe"));
        clients.form().notesProperty().set("my edit");
        String mine = clients.form().organisationProperty().get();
        theyChange("Their Co", null);

        clients.refresh();

        assertEquals("Their Co", row("Jane Doe").organisation(), "the list shows their version");
        assertEquals("my edit", clients.form().notesProperty().get());
        assertEquals(mine, clients.form().organisationProperty().get(), "the form is not overwritten under the user");
        assertTrue(clients.form().dirtyProperty().get());
        assertTrue(dialogs.asked().isEmpty());
    }

    private Client theyChange(String organisation, String phone) {
        Client current = repository.find(row("Jane Doe").id()).orElseThrow();
        database.setActingUser("Anna");
        Client saved = repository.update(new Client(current.id(), current.version(), current.name(),
                organisation, current.jobTitle(), current.relationship(), current.segment(), current.internal(),
                current.customerType(), current.emails(),
                phone == null ? current.phones() : List.of(new PhoneNumber("mobile", phone)), current.address(),
                current.birthday(), current.tags(), current.source(), current.accountOwner(), current.notes(),
                current.createdAt(), current.updatedAt(), current.archived(), current.kind(), current.customValues()));
        database.setActingUser("me");
        return saved;
    }

    private ClientSummary row(String name) {
        return clients.visibleClients().stream().filter(row -> row.displayName().equals(name)).findFirst().orElseThrow();
    }

    private List<String> visibleNames() {
        return clients.visibleClients().stream().map(ClientSummary::displayName).toList();
    }
}
