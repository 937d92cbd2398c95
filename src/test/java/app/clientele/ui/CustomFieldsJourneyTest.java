package app.clientele.ui;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomField;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A firm adds a field of its own, fills it in for a client, and finds the client by it. */
class CustomFieldsJourneyTest extends JourneyTest {
    @BeforeEach
    void start() throws Exception {
        Path data = folder.resolve("data");
        seed(data, aClient().withName("Jane Doe").build(), aClient().withName("John Roe").build());
        startApp(data, "en");
    }

    @Test
    void addAFieldOnItsPage_fillItForAClient_andFindTheClientByIt() throws Exception {
        clickOn("#fieldsNav");
        clickOn("#newFieldButton");
        clickOn("#fieldNameField").write("Policy number");
        clickOn("#saveFieldButton");
        await(() -> app.context().customFields().fields().size() == 1);
        CustomField policy = app.context().customFields().fields().get(0);
        assertEquals("Policy number", policy.name());

        clickOn("#clientsNav");
        await(() -> table().getItems().size() == 2);
        clickOn("Jane Doe");
        await(() -> lookup("#customField0").tryQuery().isPresent());
        TextField field = lookup("#customField0").queryAs(TextField.class);
        interact(field::requestFocus);
        write("HB-2024-0113");
        assertTrue(!lookup("#saveButton").queryAs(Button.class).isDisabled(), "the form knows it changed");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        await(() -> "HB-2024-0113".equals(stored("Jane Doe").customValues().text(policy.id())));
        TableColumn<ClientSummary, ?> column = table().getColumns().stream()
                .filter(candidate -> ("customColumn" + policy.id()).equals(candidate.getId())).findFirst().orElseThrow();
        assertEquals("Policy number", column.getText());
        assertEquals("HB-2024-0113", column.getCellData(row("Jane Doe")));
        clickOn("#searchField").write("hb-2024");
        await(() -> names().equals(List.of("Jane Doe")));
    }

    private Client stored(String name) {
        return app.context().clients().summaries().stream().filter(summary -> summary.displayName().equals(name))
                .map(summary -> app.context().clients().find(summary.id()).orElseThrow()).findFirst().orElseThrow();
    }

    private ClientSummary row(String name) {
        return table().getItems().stream().filter(summary -> summary.displayName().equals(name)).findFirst().orElseThrow();
    }

    private TableView<ClientSummary> table() {
        return lookup("#clientTable").queryTableView();
    }

    private List<String> names() {
        return table().getItems().stream().map(ClientSummary::displayName).toList();
    }
}
