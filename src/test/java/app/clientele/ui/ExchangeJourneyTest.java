package app.clientele.ui;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientSummary;
import app.clientele.exchange.Importer.Action;
import app.clientele.viewmodel.exchange.ImportViewModel.PreviewRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export what the search shows; import a file through the preview, choosing what to do with a duplicate. */
class ExchangeJourneyTest extends JourneyTest {
    @BeforeEach
    void start() throws Exception {
        Path data = folder.resolve("data");
        seed(data, aClient().withName("Jane Doe").withEmail("work", "jane@acme.example").withOrganisation("Acme").build(),
                aClient().withName("박민수").withPhone("mobile", "010-1234-5678").build(),
                aClient().withName("Janet Roe").withOrganisation("Acme").build());
        startApp(data, "en");
        clickOn("#clientsNav");
        await(() -> table().getItems().size() == 3);
    }

    @Test
    void exportTheFilteredList_writesOnlyWhatTheSearchShows() throws Exception {
        clickOn("#searchField").write("acme");
        await(() -> table().getItems().size() == 2);
        Path out = folder.resolve("acme.csv");

        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        await(() -> lookup("#exportButton").tryQuery().isPresent());
        TextField path = lookup("#pathField").queryAs(TextField.class);
        interact(() -> path.setText(out.toString()));
        clickOn("#exportButton");
        await(() -> lookup("OK").tryQuery().isPresent());
        clickOn("OK");

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("Jane Doe,") && lines.get(2).startsWith("Janet Roe,"), lines.toString());
    }

    @Test
    void importThroughThePreview_updatesTheDuplicateAndCreatesTheRest() throws Exception {
        Path file = Files.writeString(folder.resolve("phone.vcf"), String.join("\r\n",
                "BEGIN:VCARD", "VERSION:3.0", "N:박;민수;;;", "FN:박민수", "TEL;TYPE=CELL:+82 10 1234 5678",
                "ORG:한빛세무회계", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "FN:Amy Lee", "EMAIL:amy@example.com", "END:VCARD", ""));

        press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        await(() -> lookup("#importButton").tryQuery().isPresent());
        clickOn("#pathField").write(file.toString()).press(KeyCode.ENTER).release(KeyCode.ENTER);
        await(() -> preview().getItems().size() == 2);
        assertEquals(List.of(Action.SKIP, Action.CREATE), preview().getItems().stream().map(PreviewRow::action).toList());
        assertEquals("1 new, 0 to update, 0 unchanged, 1 skipped.", lookup("#summaryLabel").queryLabeled().getText());

        ComboBox<?> onDuplicate = lookup("#onDuplicateChoice").queryAs(ComboBox.class);
        clickOn(onDuplicate).clickOn("Update the existing client");
        await(() -> preview().getItems().get(0).action() == Action.UPDATE);
        assertTrue(!lookup("#importButton").queryAs(Button.class).isDisabled());
        clickOn("#importButton");
        await(() -> lookup("OK").tryQuery().isPresent());
        clickOn("OK");

        await(() -> table().getItems().size() == 4);
        ClientSummary park = table().getItems().stream().filter(row -> row.displayName().equals("박민수"))
                .findFirst().orElseThrow();
        assertEquals("한빛세무회계", park.organisation());
        assertEquals(List.of("010-1234-5678"), park.phones());
    }

    private TableView<ClientSummary> table() {
        return lookup("#clientTable").queryTableView();
    }

    private TableView<PreviewRow> preview() {
        return lookup("#previewTable").queryTableView();
    }
}
