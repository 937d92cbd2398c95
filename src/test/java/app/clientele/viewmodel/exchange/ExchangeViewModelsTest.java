package app.clientele.viewmodel.exchange;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClientSummary;
import app.clientele.exchange.ContactField;
import app.clientele.exchange.ExportFormat;
import app.clientele.exchange.Exporter;
import app.clientele.exchange.Importer;
import app.clientele.exchange.Importer.Action;
import app.clientele.exchange.Importer.DuplicateChoice;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import app.clientele.persistence.JdbiMergeRepository;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.exchange.DuplicatesViewModel.FieldChoice;
import app.clientele.exchange.ClientMerge.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeViewModelsTest {
    @TempDir
    Path folder;
    private Database database;
    private JdbiClientRepository clients;
    private JdbiExchangeRepository exchange;
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Texts texts = new Texts(Locale.ENGLISH);

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        exchange = new JdbiExchangeRepository(database.jdbi(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void import_ofAnUnknownLayout_asksForTheMapping_thenPreviewsAndImports() throws Exception {
        clients.create(aClient().withName("Jane Stored").withEmail("work", "jane@example.com").build());
        Path file = Files.writeString(folder.resolve("list.csv"),
                "Who,Mail,Mobile,Remarks\nJane Doe,jane@example.com,,\nAmy Lee,amy@example.com,010-1212-3434,met at seminar\n",
                StandardCharsets.UTF_8);
        int[] reloads = {0};
        ImportViewModel importing = new ImportViewModel(new Importer(exchange), tasks, dialogs, texts, () -> reloads[0]++);
        importing.pathProperty().set(file.toString());

        importing.open();

        assertEquals(ImportViewModel.Step.MAP, importing.stepProperty().get());
        assertEquals(List.of(ContactField.IGNORE, ContactField.EMAIL, ContactField.MOBILE_PHONE, ContactField.NOTES),
                importing.columns().stream().map(column -> column.field().get()).toList());
        importing.columns().get(0).field().set(ContactField.DISPLAY_NAME);
        assertFalse(importing.canImportProperty().get());

        importing.preview();

        assertEquals(ImportViewModel.Step.PREVIEW, importing.stepProperty().get());
        assertEquals(List.of(Action.SKIP, Action.CREATE), importing.rows().stream().map(row -> row.action()).toList());
        assertEquals("Jane Stored (same jane@example.com)", importing.rows().get(0).duplicateOf());
        assertEquals("1 new, 0 to update, 0 unchanged, 1 skipped.", importing.summaryProperty().get());

        importing.rows().get(0).choice().set(DuplicateChoice.UPDATE);

        assertEquals(List.of(Action.UPDATE, Action.CREATE), importing.rows().stream().map(row -> row.action()).toList());
        assertTrue(importing.canImportProperty().get());
        boolean[] closed = {false};

        importing.importNow(() -> closed[0] = true);

        assertTrue(closed[0]);
        assertEquals(1, reloads[0]);
        assertEquals(List.of("Imported list.csv: 1 new, 1 updated, 0 unchanged, 0 skipped."), dialogs.infos());
        assertEquals(List.of("Amy Lee", "Jane Doe"), clients.summaries().stream().map(ClientSummary::displayName).sorted().toList());
        assertEquals("met at seminar", clients.find(clients.summaries().stream()
                .filter(summary -> summary.displayName().equals("Amy Lee")).findFirst().orElseThrow().id())
                .orElseThrow().notes());
    }

    @Test
    void import_ofAFileWithErrors_showsThemWithTheirLinesAndCannotImport() throws Exception {
        Path file = Files.writeString(folder.resolve("cut.vcf"), "BEGIN:VCARD\nFN:Fine\nEND:VCARD\nBEGIN:VCARD\nFN:Cut\n");
        ImportViewModel importing = new ImportViewModel(new Importer(exchange), tasks, dialogs, texts, () -> { });
        importing.pathProperty().set(file.toString());

        importing.open();

        assertTrue(importing.hasErrorsProperty().get());
        assertEquals(List.of("card 2 (line 4): the file ends inside this card (no END:VCARD): it may be cut off."),
                importing.problems());
        assertFalse(importing.canImportProperty().get());
    }

    @Test
    void export_ofTheSelectionOrTheList_toTheChosenFormat() throws Exception {
        Client jane = clients.create(aClient().withName("Jane Doe").build());
        Client amy = clients.create(aClient().withName("Amy Lee").build());
        ObservableList<ClientSummary> visible = FXCollections.observableArrayList(ClientSummary.of(amy, null, 0), ClientSummary.of(jane, null, 0));
        ObservableList<ClientSummary> selected = FXCollections.observableArrayList();
        ExportViewModel export = new ExportViewModel(new Exporter(exchange), tasks, dialogs, texts, visible, selected,
                () -> folder);

        assertEquals("The list as it is shown now (2 clients)", export.visibleTextProperty().get());
        assertFalse(export.selectionOnlyProperty().get());
        export.formatProperty().set(ExportFormat.VCARD);
        assertTrue(export.pathProperty().get().endsWith(".vcf"), export.pathProperty().get());
        export.pathProperty().set(folder.resolve("out.vcf").toString());
        selected.add(ClientSummary.of(jane, null, 0));
        export.selectionOnlyProperty().set(true);

        export.export(() -> { });

        String written = Files.readString(folder.resolve("out.vcf"));
        assertTrue(written.contains("FN:Jane Doe") && !written.contains("Amy"), written);
        assertEquals(List.of("Exported 1 client to " + folder.resolve("out.vcf") + "."), dialogs.infos());
    }

    @Test
    void duplicates_mergeWithChosenFields_thenUndo() {
        Client left = clients.create(aClient().withName("Jane Doe").withEmail("work", "jane@example.com")
                .withOrganisation("Acme").build());
        Client right = clients.create(aClient().withName("Jane Doe").withEmail("home", "jane@home.example")
                .withOrganisation("Acme Holdings").withJobTitle("Partner").build());
        int[] reloads = {0};
        DuplicatesViewModel duplicates = new DuplicatesViewModel(exchange, clients,
                new JdbiMergeRepository(database.jdbi(), Clock.systemUTC()), new UndoHistory(), tasks, dialogs, texts,
                () -> reloads[0]++);

        duplicates.find();
        assertEquals(1, duplicates.pairs().size());
        assertEquals("same name", duplicates.pairs().get(0).reason());
        duplicates.select(duplicates.pairs().get(0));

        assertEquals(List.of(Field.ORGANISATION, Field.JOB_TITLE), duplicates.fields().stream().map(FieldChoice::field).toList());
        assertFalse(duplicates.fields().get(0).takeRight().get(), "the left value is the default");
        assertTrue(duplicates.fields().get(1).takeRight().get(), "the left client has no job title");
        duplicates.fields().get(0).takeRight().set(true);

        duplicates.merge();

        Client merged = clients.find(left.id()).orElseThrow();
        assertEquals("Acme Holdings", merged.organisation());
        assertEquals("Partner", merged.jobTitle());
        assertEquals(List.of("jane@example.com", "jane@home.example"), merged.emails().stream().map(e -> e.address()).toList());
        assertTrue(clients.find(right.id()).isEmpty());
        assertEquals("Merged Jane Doe into Jane Doe.", duplicates.lastMergeTextProperty().get());
        assertTrue(duplicates.pairs().isEmpty());
        assertEquals(1, reloads[0]);

        duplicates.undo();

        assertEquals(left, clients.find(left.id()).orElseThrow());
        assertEquals(right, clients.find(right.id()).orElseThrow());
        assertEquals(1, duplicates.pairs().size());
        assertEquals(2, reloads[0]);
    }
}
