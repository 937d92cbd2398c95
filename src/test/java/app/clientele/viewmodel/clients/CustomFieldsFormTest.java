package app.clientele.viewmodel.clients;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.Segment;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiTrash;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.interactions.HistoryChanges;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.Dates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The firm's own fields and the person/organisation choice in the client form, the list and its filter. */
class CustomFieldsFormTest {
    @TempDir
    Path folder;
    private Database database;
    private JdbiClientRepository repository;
    private JdbiCustomFieldRepository fields;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ClientsViewModel clients;
    private CustomField policy;
    private CustomField premium;
    private CustomField renewal;
    private CustomField vip;
    private CustomField tier;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        repository = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        fields = new JdbiCustomFieldRepository(database.jdbi(), Clock.systemUTC());
        policy = fields.create(CustomField.newField("Policy number", CustomFieldType.TEXT, null, null));
        premium = fields.create(CustomField.newField("Premium", CustomFieldType.NUMBER, null, null));
        renewal = fields.create(CustomField.newField("Renewal", CustomFieldType.DATE, null, 30));
        vip = fields.create(CustomField.newField("VIP", CustomFieldType.YES_NO, null, null));
        tier = fields.create(CustomField.newField("Tier", CustomFieldType.CHOICE, List.of("Gold", "Silver"), null));
        repository.create(aClient().withName("Jane Doe").withCustom(tier, "Gold").withCustom(premium, "900").build());
        repository.create(aClient().withName("John Roe").withCustom(premium, "1200.5").build());
        Texts texts = new Texts(Locale.ENGLISH);
        clients = new ClientsViewModel(repository, fields, new JdbiTrash(database.jdbi(), Clock.systemUTC()),
                new UndoHistory(), new HistoryChanges(), new SameThreadTaskRunner(), dialogs, texts,
                new Dates(Clock.systemUTC(), texts));
        clients.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFormShowsOneEntryPerField_filledFromTheClient() {
        clients.select(row("Jane Doe"));

        assertEquals(List.of("Policy number", "Premium", "Renewal", "VIP", "Tier"),
                entries().stream().map(entry -> entry.field().name()).toList());
        assertEquals("Gold", entry(tier).textProperty().get());
        assertEquals("900", entry(premium).textProperty().get());
        assertNull(entry(renewal).dateProperty().get());
        assertFalse(clients.form().dirtyProperty().get());
    }

    @Test
    void valuesTyped_areSavedInTheirCanonicalForm_andTheListShowsThemInTheUsersLocale() {
        clients.select(row("Jane Doe"));
        entry(policy).textProperty().set("HB-2024-0113");
        entry(premium).textProperty().set("1,250,000");
        entry(renewal).dateProperty().set(LocalDate.of(2027, 3, 1));
        entry(vip).yesProperty().set(true);
        entry(tier).textProperty().set("");
        assertTrue(clients.form().dirtyProperty().get());

        clients.save();

        Client saved = repository.find(row("Jane Doe").id()).orElseThrow();
        assertEquals("HB-2024-0113", saved.customValues().text(policy.id()));
        assertEquals("1250000", saved.customValues().text(premium.id()));
        assertEquals("2027-03-01", saved.customValues().text(renewal.id()));
        assertEquals("true", saved.customValues().text(vip.id()));
        assertNull(saved.customValues().text(tier.id()));
        assertFalse(clients.form().dirtyProperty().get());
        CustomValueTexts texts = clients.customValueTexts();
        ClientSummary jane = row("Jane Doe");
        assertEquals("1,250,000", texts.format(premium, jane.customValues().text(premium.id())));
        assertEquals("Mar 1, 2027", texts.format(renewal, jane.customValues().text(renewal.id())));
        assertEquals("Yes", texts.format(vip, jane.customValues().text(vip.id())));
        clients.searchTextProperty().set("hb-2024");
        assertEquals(List.of("Jane Doe"), visibleNames());
    }

    @Test
    void aNumberThatIsNoNumber_isExplained_andTheClientCannotBeSaved() {
        clients.select(row("Jane Doe"));
        entry(premium).textProperty().set("about 1000");

        assertEquals("“about 1000” is not a number.", entry(premium).errorProperty().get());
        assertFalse(clients.form().validProperty().get());
        clients.save();
        assertEquals("900", repository.find(row("Jane Doe").id()).orElseThrow().customValues().text(premium.id()));
    }

    @Test
    void theListFiltersOnAField_andSortsNumbersBySize() {
        clients.filters().fieldProperty().set(tier);
        clients.filters().fieldValueProperty().set("gold");
        assertEquals(List.of("Jane Doe"), visibleNames());
        clients.filters().fieldValueProperty().set("");
        assertEquals(List.of("Jane Doe"), visibleNames(), "any value of the field");
        clients.filters().fieldProperty().set(null);

        Comparator<String> bySize = clients.customValueTexts().order(premium);
        clients.sort(Comparator.comparing((ClientSummary row) -> row.customValues().text(premium.id()), bySize.reversed()));
        assertEquals(List.of("John Roe", "Jane Doe"), visibleNames(), "1200.5 is more than 900, though \"9\" sorts after \"1\"");
    }

    @Test
    void redefinedFields_keepWhatWasTyped_andACleanFormStaysClean() {
        clients.select(row("John Roe"));
        fields.reorder(List.of(tier.id(), policy.id(), premium.id(), renewal.id(), vip.id()));
        clients.load();
        assertFalse(clients.form().dirtyProperty().get());
        assertEquals("Tier", entries().get(0).field().name());

        entry(policy).textProperty().set("typed");
        fields.delete(fields.fields().get(0));
        clients.load();

        assertEquals("typed", entry(policy).textProperty().get());
        assertTrue(clients.form().dirtyProperty().get());
        assertEquals(4, entries().size());
    }

    @Test
    void anOrganisation_isInTheBusinessSegment_andSavedAsOne() {
        clients.newClient();
        clients.form().displayNameProperty().set("Acme Ltd");
        clients.form().kindProperty().set(ClientKind.ORGANISATION);

        assertEquals(Segment.BUSINESS, clients.form().segmentProperty().get());
        clients.save();

        assertTrue(row("Acme Ltd").isOrganisation());
        assertEquals(ClientKind.ORGANISATION, repository.find(row("Acme Ltd").id()).orElseThrow().kind());
    }

    private List<CustomFieldEntry> entries() {
        return clients.form().customFields().entries();
    }

    private CustomFieldEntry entry(CustomField field) {
        return entries().stream().filter(entry -> entry.field().id().equals(field.id())).findFirst().orElseThrow();
    }

    private ClientSummary row(String name) {
        return clients.allClients().stream().filter(row -> row.displayName().equals(name)).findFirst().orElseThrow();
    }

    private List<String> visibleNames() {
        return clients.visibleClients().stream().map(ClientSummary::displayName).toList();
    }
}
