package app.clientele.ui;

import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientSummary;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpStatus;
import app.clientele.domain.Interaction;
import app.clientele.viewmodel.interactions.TodayItem;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heart of the app: log a call with Ctrl+L and a follow-up with it, find the follow-up on the
 * home page, mark it done and log the call that did it, and find it all again after a restart.
 */
class FollowUpJourneyTest extends JourneyTest {
    @BeforeEach
    void start() throws Exception {
        startApp(folder, "en");
    }

    @Test
    void logWithCtrlL_addFollowUp_completeItOnToday_andLastContactFollows() throws Exception {
        assertTrue(lookup("#todayNav").queryAs(ToggleButton.class).isSelected(), "Today is the home page");

        clickOn("#clientsNav");
        clickOn("#newButton");
        clickOn("#displayNameField").write("Jane Tester");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await(() -> clients().getItems().size() == 1 && clients().getSelectionModel().getSelectedItem() != null);
        assertNull(clients().getItems().get(0).lastContact());

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(() -> lookup("#logInteractionDialog").tryQuery().isPresent());
        clickOn("#subjectField").write("Tax");
        clickOn("#addFollowUpCheck");
        TextField followUpTitle = lookup("#followUpTitleField").queryAs(TextField.class);
        assertEquals("Tax", followUpTitle.getText(), "the follow-up starts from the subject");
        clickOn("#followUpTitleField").write(" forms");
        clickOn("#logInteractionDialogSave");
        await(() -> lookup("#logInteractionDialog").tryQuery().isEmpty());

        await(() -> clients().getItems().get(0).lastContact() != null);
        long clientId = clients().getItems().get(0).id();
        clickOn("#activityTab");
        await(() -> timeline().getItems().size() == 1);
        assertEquals("Tax", timeline().getItems().get(0).subject());
        assertTrue(lookup("#lastContactLabel").queryAs(Label.class).getText().startsWith("Last contact: "));

        clickOn("#todayNav");
        await(() -> todayTitles().contains("Tax forms"));
        assertEquals(List.of("Next 7 days (1)", "Tax forms"), todayTitles());
        clickOn(".follow-up-title").type(KeyCode.SPACE);
        await(() -> lookup("#completedBar").query().isVisible() && todayTitles().isEmpty());

        clickOn("#logCompletedButton");
        await(() -> lookup("#logInteractionDialog").tryQuery().isPresent());
        assertEquals("Tax forms", lookup("#subjectField").queryAs(TextField.class).getText());
        clickOn("#logInteractionDialogSave");
        await(() -> app.context().interactions().countFor(clientId) == 2);

        app.restart();

        await(() -> lookup("#todayList").tryQuery().isPresent());
        assertEquals(List.of(), todayTitles(), "the done follow-up stays done");
        FollowUp followUp = app.context().followUps().forClient(clientId, 5).get(0);
        assertEquals(FollowUpStatus.DONE, followUp.status());
        assertEquals(LocalDate.now().plusDays(1), followUp.dueDate());
        List<Interaction> history = app.context().interactions().timeline(clientId, 0, 10);
        assertEquals(List.of("Tax forms", "Tax"), history.stream().map(Interaction::subject).toList());
        assertEquals(history.get(1).id(), followUp.interactionId());
        ClientSummary stored = app.context().clients().summary(clientId).orElseThrow();
        assertNotNull(stored.lastContact());
        assertEquals(history.get(0).occurredAt(), stored.lastContact());
    }

    private TableView<ClientSummary> clients() {
        return lookup("#clientTable").queryTableView();
    }

    private ListView<Interaction> timeline() {
        return lookup("#timelineList").queryListView();
    }

    private List<String> todayTitles() {
        ListView<TodayItem> list = lookup("#todayList").queryListView();
        return list.getItems().stream().map(item -> {
            if (item instanceof TodayItem.Heading heading) {
                return heading.text();
            }
            return item instanceof TodayItem.Task task ? task.followUp().title() : "contact";
        }).toList();
    }

}
