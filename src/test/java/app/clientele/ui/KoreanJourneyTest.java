package app.clientele.ui;

import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.domain.ClientSummary;
import app.clientele.domain.Client;
import app.clientele.testutil.ClientBuilder;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

/** A Korean user: the window speaks Korean, sorts 가나다 and finds names by their initial consonants. */
class KoreanJourneyTest extends JourneyTest {
    @Test
    void koreanInterface_showsKoreanLabelsSortsAndSearchesHangul() throws Exception {
        seed(folder, List.of("Zoe Park", "이서연", "김민수", "박민수").stream()
                .map(name -> ClientBuilder.aClient().withName(name).build()).toArray(Client[]::new));
        startApp(folder, "ko");

        assertEquals("오늘", lookup("#todayNav").queryAs(ToggleButton.class).getText());
        assertEquals("고객", lookup("#clientsNav").queryAs(ToggleButton.class).getText());
        clickOn("#clientsNav");
        assertEquals("새 고객", lookup("#newButton").queryAs(Button.class).getText());
        await(() -> table().getItems().size() == 4);
        assertEquals("고객 4명", lookup("#countLabel").queryAs(Label.class).getText());
        assertEquals(List.of("김민수", "박민수", "이서연", "Zoe Park"), names());

        clickOn("#searchField").write("ㄱㅁㅅ");
        await(() -> names().equals(List.of("김민수")));
        assertEquals("고객 1명", lookup("#countLabel").queryAs(Label.class).getText());
    }

    private TableView<ClientSummary> table() {
        return lookup("#clientTable").queryTableView();
    }

    private List<String> names() {
        return table().getItems().stream().map(ClientSummary::displayName).toList();
    }
}
