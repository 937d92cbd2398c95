package app.clientele.view.interactions;

import app.clientele.domain.ClientRef;
import app.clientele.i18n.Texts;
import app.clientele.view.Icons;
import app.clientele.view.LogsInteractions;
import app.clientele.viewmodel.interactions.TodayItem;
import app.clientele.viewmodel.interactions.TodayViewModel;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The home page. Space marks the selected follow-up done, Enter opens its client, Ctrl+L logs an
 * interaction with it. The page reads the agenda again each time it is shown.
 */
public final class TodayView implements LogsInteractions {
    private final TodayViewModel today;
    private final Texts texts;
    private final Consumer<ClientRef> openClient;

    @FXML private BorderPane todayPane;
    @FXML private Label dayLabel;
    @FXML private Label summaryLabel;
    @FXML private Button refreshButton;
    @FXML private ListView<TodayItem> todayList;
    @FXML private HBox completedBar;
    @FXML private Label completedLabel;
    @FXML private Button logCompletedButton;
    @FXML private Button undoButton;
    @FXML private Button dismissButton;

    public TodayView(TodayViewModel today, Texts texts, Consumer<ClientRef> openClient) {
        this.today = today;
        this.texts = texts;
        this.openClient = openClient;
    }

    @FXML
    private void initialize() {
        dayLabel.textProperty().bind(today.dayProperty().map(day -> texts.get("today.title", today.dayText())));
        summaryLabel.textProperty().bind(today.summaryTextProperty());
        refreshButton.setGraphic(Icons.action("backup-restore"));
        todayList.setItems(today.items());
        todayList.setCellFactory(list -> new TodayCell());
        // A filter, so the list's own Space handling (selection) does not get there first.
        todayList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            TodayItem selected = todayList.getSelectionModel().getSelectedItem();
            if (selected instanceof TodayItem.Task task && event.getCode() == KeyCode.SPACE) {
                today.complete(task.followUp());
                event.consume();
            } else if (clientOf(selected) != null && event.getCode() == KeyCode.ENTER) {
                openClient.accept(clientOf(selected));
                event.consume();
            }
        });
        completedBar.visibleProperty().bind(today.lastCompletedProperty().isNotNull());
        completedBar.managedProperty().bind(completedBar.visibleProperty());
        completedLabel.textProperty().bind(today.lastCompletedTextProperty());
        logCompletedButton.setGraphic(Icons.action("phone-log-outline"));
        undoButton.setGraphic(Icons.action("undo"));
        dismissButton.setGraphic(Icons.action("close"));
        // Shown again (the user came back to the home page): the day or the data may have changed.
        todayPane.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                today.load();
            }
        });
    }

    /** Ctrl+L on the home page: log an interaction with the selected line's client. */
    @Override
    public void logInteraction() {
        today.logInteraction(clientOf(todayList.getSelectionModel().getSelectedItem()));
    }

    private static ClientRef clientOf(TodayItem item) {
        if (item instanceof TodayItem.Task task) {
            return task.followUp().client();
        }
        if (item instanceof TodayItem.DateComing date) {
            return date.reminder().client();
        }
        return item instanceof TodayItem.DueToContact due ? due.status().client() : null;
    }

    @FXML
    private void onRefresh() {
        today.load();
    }

    @FXML
    private void onLogCompleted() {
        today.logCompleted();
    }

    @FXML
    private void onUndo() {
        today.undoComplete();
    }

    @FXML
    private void onDismiss() {
        today.dismissCompleted();
    }

    /** A heading, a follow-up or a client due to contact. */
    private final class TodayCell extends ListCell<TodayItem> {
        private final FollowUpRow.Handlers handlers = new FollowUpRow.Handlers(today::complete,
                followUp -> today.undoComplete(), openClient);

        @Override
        protected void updateItem(TodayItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("today-heading");
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof TodayItem.Heading heading) {
                getStyleClass().add("today-heading");
                setGraphic(new Label(heading.text()));
            } else if (item instanceof TodayItem.Task task) {
                setGraphic(new FollowUpRow(task.followUp(), today.actions(), handlers, texts));
            } else if (item instanceof TodayItem.DueToContact due) {
                setGraphic(clientRow(due.status().client(), today.describe(due.status()), "account-clock-outline"));
            } else if (item instanceof TodayItem.DateComing date) {
                setGraphic(clientRow(date.reminder().client(), today.describe(date.reminder()), "calendar-clock-outline"));
            }
        }

        /** A client's name (a link to them), what the line is about, and a button to log an interaction. */
        private HBox clientRow(ClientRef client, String about, String icon) {
            Hyperlink name = new Hyperlink(client.displayName());
            name.getStyleClass().add("client-link");
            name.setOnAction(event -> openClient.accept(client));
            Label since = new Label(about);
            since.getStyleClass().add("muted");
            Button log = new Button(texts.get("action.logInteraction"), Icons.action("phone-log-outline"));
            log.getStyleClass().addAll("flat", "log-button");
            log.setTooltip(new Tooltip(texts.get("today.log.tooltip")));
            log.setOnAction(event -> today.logInteraction(client));
            Pane spacer = new Pane();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, Icons.action(icon, 18), new VBox(0, name, since), spacer, log);
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
    }
}
