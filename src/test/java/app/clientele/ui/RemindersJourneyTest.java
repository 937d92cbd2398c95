package app.clientele.ui;

import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static app.clientele.ui.AppFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.Channel;
import app.clientele.domain.Interaction;
import app.clientele.reminders.UpcomingBirthday;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A birthday three days away shows in Reminders; a greeting opens the mail program; marking the card sent clears it. */
class RemindersJourneyTest extends JourneyTest {
    @BeforeEach
    void start() throws Exception {
        startApp(folder, "en");
    }

    @Test
    void birthdayInThreeDays_isListed_greeted_andMarkingTheCardSentRemovesIt() throws Exception {
        LocalDate birthday = LocalDate.now().plusDays(3);
        long id = app.context().clients().create(aKoreanClient()
                .withBirthday(Birthday.solar(birthday.getMonthValue(), birthday.getDayOfMonth(), 1966)).build()).id();

        clickOn("#remindersNav");
        await(() -> birthdays().getItems().size() == 1);
        UpcomingBirthday listed = birthdays().getItems().get(0);
        assertEquals(birthday, listed.date());
        String weekday = birthday.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String expected = "Turns " + (birthday.getYear() - 1966) + " on " + weekday;
        await(() -> lookup("#birthdayTable .table-row-cell .table-cell").queryAll().stream()
                .anyMatch(cell -> expected.equals(((javafx.scene.control.Labeled) cell).getText())));

        clickOn(lookup("#birthdayTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        clickOn("#composeButton");
        await(() -> app.openedLinks().size() == 1);
        assertTrue(app.openedLinks().get(0).startsWith("mailto:minsu.park@hanbit.example?subject="));

        clickOn("#markSentButton");
        await(() -> birthdays().getItems().isEmpty());
        assertTrue(lookup("#markedBar").query().isVisible(), "Undo is offered");
        List<Interaction> history = app.context().interactions().timeline(id, 0, 10);
        assertEquals(List.of(Channel.LETTER), history.stream().map(Interaction::channel).toList());

        clickOn("#undoMarkButton");
        await(() -> birthdays().getItems().size() == 1);
        assertEquals(0, app.context().interactions().countFor(id));
    }

    private TableView<UpcomingBirthday> birthdays() {
        return lookup("#birthdayTable").queryTableView();
    }
}
