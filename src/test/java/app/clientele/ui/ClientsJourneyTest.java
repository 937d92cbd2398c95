package app.clientele.ui;

import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClientSummary;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user's first minutes: add a client, find it, edit it, quit, start again, and it is all there. */
class ClientsJourneyTest extends JourneyTest {
    @BeforeEach
    void start() throws Exception {
        startApp(folder, "en");
        clickOn("#clientsNav");
    }

    @Test
    void createFindEditRestart_keepsTheClient() throws Exception {
        clickOn("#newButton");
        clickOn("#familyNameField").write("Tester");
        clickOn("#givenNameField").write("Jane");
        clickOn("#addEmailButton").write("jane@tester.example");
        clickOn("#addPhoneButton").write("010-5555-1234");
        clickOn("#organisationField").write("Acme Ltd");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await(() -> table().getItems().size() == 1);
        assertEquals("Jane Tester", table().getItems().get(0).displayName());
        assertEquals("1 client", lookup("#countLabel").queryAs(Label.class).getText());

        clickOn("#newButton");
        clickOn("#displayNameField").write("박민수");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await(() -> table().getItems().size() == 2);

        clickOn("#searchField").write("55551234");
        await(() -> names().equals(List.of("Jane Tester")));
        clickOn("Jane Tester");
        await(() -> "Jane Tester".equals(field("#displayNameField").getText()));
        field("#organisationField").clear();
        clickOn("#organisationField").write("Acme Holdings");
        clickOn("#saveButton");
        await(() -> "Acme Holdings".equals(table().getItems().get(0).organisation()));

        app.restart();
        clickOn("#clientsNav");

        await(() -> table().getItems().size() == 2);
        clickOn("#searchField").write("ㅂㅁㅅ");
        await(() -> names().equals(List.of("박민수")));
        Client stored = app.context().clients().summaries().stream()
                .filter(summary -> summary.displayName().equals("Jane Tester"))
                .map(summary -> app.context().clients().find(summary.id()).orElseThrow())
                .findFirst().orElseThrow();
        assertEquals("Acme Holdings", stored.organisation());
        assertEquals("jane@tester.example", stored.primaryEmail().orElseThrow().address());
        assertEquals("010-5555-1234", stored.phones().get(0).number());
        assertEquals("Tester", stored.name().familyName());
    }

    @Test
    void invalidEmail_showsItsMessageAndDisablesSave() throws Exception {
        clickOn("#newButton");
        clickOn("#displayNameField").write("Jane");
        clickOn("#addEmailButton").write("jane@");

        Label error = lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).findFirst().orElseThrow();
        assertEquals("“jane@” is not a valid email address.", error.getText());
        assertTrue(lookup("#saveButton").queryAs(Button.class).isDisabled());

        clickOn("#emailAddress0").write("example.com");
        assertFalse(lookup("#saveButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void openingAnotherClient_showsOnlyTheirEmails_andEditsTheirs() throws Exception {
        // The form keeps its email rows from one client to the next: each must show and edit the right one.
        clickOn("#newButton");
        clickOn("#displayNameField").write("Ann");
        clickOn("#addEmailButton").write("ann@work.example");
        clickOn("#addEmailButton").write("ann@home.example");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await(() -> table().getItems().size() == 1);
        clickOn("#newButton");
        clickOn("#displayNameField").write("Bo");
        clickOn("#addEmailButton").write("bo@work.example");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await(() -> table().getItems().size() == 2);

        clickOn("Ann");
        await(() -> "Ann".equals(field("#displayNameField").getText()));
        assertEquals(List.of("ann@work.example", "ann@home.example"), shownEmails());
        clickOn("Bo");
        await(() -> "Bo".equals(field("#displayNameField").getText()));
        assertEquals(List.of("bo@work.example"), shownEmails());

        field("#emailAddress0").clear();
        clickOn("#emailAddress0").write("bo@new.example");
        clickOn("#saveButton");
        await(() -> "bo@new.example".equals(storedEmails("Bo").get(0)));
        assertEquals(List.of("ann@work.example", "ann@home.example"), storedEmails("Ann"));
        clickOn("Ann");
        await(() -> "Ann".equals(field("#displayNameField").getText()));
        assertEquals(List.of("ann@work.example", "ann@home.example"), shownEmails());
    }

    /** The email fields on screen, top to bottom (rows kept for a client with more emails are hidden). */
    private List<String> shownEmails() {
        return lookup(node -> node.getId() != null && node.getId().startsWith("emailAddress") && onScreen(node))
                .queryAllAs(TextField.class).stream()
                .sorted(java.util.Comparator.comparing(TextField::getId)).map(TextField::getText).toList();
    }

    private static boolean onScreen(javafx.scene.Node node) {
        for (javafx.scene.Node shown = node; shown != null; shown = shown.getParent()) {
            if (!shown.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<String> storedEmails(String name) {
        return app.context().clients().summaries().stream().filter(summary -> summary.displayName().equals(name))
                .map(summary -> app.context().clients().find(summary.id()).orElseThrow()).findFirst().orElseThrow()
                .emails().stream().map(email -> email.address()).toList();
    }

    private TableView<ClientSummary> table() {
        return lookup("#clientTable").queryTableView();
    }

    private List<String> names() {
        return table().getItems().stream().map(ClientSummary::displayName).toList();
    }

    private TextField field(String query) {
        return lookup(query).queryAs(TextField.class);
    }
}
