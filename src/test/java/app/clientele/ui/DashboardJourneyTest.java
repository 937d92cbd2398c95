package app.clientele.ui;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientSummary;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From the dashboard to the clients behind a slice, kept as a segment and opened again from the sidebar. */
class DashboardJourneyTest extends JourneyTest {
    @BeforeEach
    void start() throws Exception {
        startApp(folder, "en");
        var clients = app.context().clients();
        clients.create(aClient().withName("Ahn Client").withSegment(Segment.BUSINESS).build());
        clients.create(aClient().withName("Baek Client").build());
        clients.create(aClient().withName("Cho Customer").withRelationship(Relationship.CUSTOMER).build());
        app.restart();
    }

    @Test
    void clickingASlice_opensTheFilteredClients_whichSaveAsASegment() throws Exception {
        clickOn("#dashboardNav");
        await(() -> lookup("#relationshipChart").queryAs(PieChart.class).getData().size() == 2);
        Node customers = lookup("#relationshipChart-CUSTOMER").query();

        clickOn(customers);

        await(() -> names().equals(List.of("Cho Customer")));
        assertTrue(lookup("#clientTable").query().isVisible());
        assertEquals("Dashboard: relationship Customer", lookup("#appliedLabel").queryAs(Label.class).getText());

        clickOn("#saveSegmentButton");
        clickOn("#askTextField").write("Customers");
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        await(() -> !lookup(".segment-entry").queryAll().isEmpty());
        Button segment = lookup(".segment-entry").queryAs(Button.class);
        assertEquals("1", lookup(".segment-count").queryAs(Label.class).getText());

        clickOn("#clearFilterButton");
        await(() -> names().size() == 3);
        clickOn(segment);
        await(() -> names().equals(List.of("Cho Customer")));
        assertEquals("Segment: Customers", lookup("#appliedLabel").queryAs(Label.class).getText());
    }

    private List<String> names() {
        TableView<ClientSummary> table = lookup("#clientTable").queryTableView();
        return table.getItems().stream().map(ClientSummary::displayName).toList();
    }
}
