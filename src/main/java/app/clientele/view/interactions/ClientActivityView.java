package app.clientele.view.interactions;

import app.clientele.domain.FollowUp;
import app.clientele.domain.Interaction;
import app.clientele.i18n.Texts;
import app.clientele.view.Icons;
import app.clientele.view.LogsInteractions;
import app.clientele.viewmodel.interactions.ClientFollowUpsViewModel;
import app.clientele.viewmodel.interactions.FollowUpEditorViewModel;
import app.clientele.viewmodel.interactions.LogInteractionViewModel;
import app.clientele.viewmodel.interactions.TimelineViewModel;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * The selected client's activity beside their details: last contact, how often to keep in touch,
 * their follow-ups and their history, newest first, a page at a time.
 */
public final class ClientActivityView implements LogsInteractions {
    private final TimelineViewModel timeline;
    private final ClientFollowUpsViewModel followUps;
    private final LogInteractionViewModel logForm;
    private final FollowUpEditorViewModel followUpEditor;
    private final Texts texts;

    @FXML private VBox activityPane;
    @FXML private Label lastContactLabel;
    @FXML private Button logButton;
    @FXML private Button addFollowUpButton;
    @FXML private ComboBox<ClientFollowUpsViewModel.CadenceChoice> cadenceChoice;
    @FXML private ListView<FollowUp> followUpList;
    @FXML private Label historyCountLabel;
    @FXML private ListView<Interaction> timelineList;
    @FXML private Button loadMoreButton;

    public ClientActivityView(TimelineViewModel timeline, ClientFollowUpsViewModel followUps,
                              LogInteractionViewModel logForm, FollowUpEditorViewModel followUpEditor, Texts texts) {
        this.timeline = timeline;
        this.followUps = followUps;
        this.logForm = logForm;
        this.followUpEditor = followUpEditor;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        activityPane.disableProperty().bind(timeline.clientProperty().isNull());
        lastContactLabel.textProperty().bind(timeline.lastContactTextProperty());
        logButton.setGraphic(Icons.action("phone-log-outline"));
        addFollowUpButton.setGraphic(Icons.action("bell-ring-outline"));

        cadenceChoice.setItems(followUps.cadenceChoices());
        cadenceChoice.valueProperty().bindBidirectional(followUps.cadenceProperty());

        followUpList.setItems(followUps.items());
        FollowUpRow.Handlers handlers = new FollowUpRow.Handlers(followUps::complete, followUps::reopen, null);
        followUpList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FollowUp followUp, boolean empty) {
                super.updateItem(followUp, empty);
                setGraphic(empty || followUp == null ? null
                        : new FollowUpRow(followUp, followUps.actions(), handlers, texts));
            }
        });
        followUpList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            FollowUp selected = followUpList.getSelectionModel().getSelectedItem();
            if (selected != null && event.getCode() == KeyCode.SPACE) {
                if (selected.isOpen()) {
                    followUps.complete(selected);
                } else {
                    followUps.reopen(selected);
                }
                event.consume();
            }
        });
        followUpList.setOnMouseClicked(event -> {
            FollowUp selected = followUpList.getSelectionModel().getSelectedItem();
            if (selected != null && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                followUpEditor.edit(selected);
            }
        });

        historyCountLabel.textProperty().bind(timeline.countTextProperty());
        timelineList.setItems(timeline.entries());
        timelineList.setCellFactory(list -> new InteractionCell(texts, timeline::heading, timeline::when));
        timelineList.setOnMouseClicked(event -> {
            Interaction selected = timelineList.getSelectionModel().getSelectedItem();
            if (selected != null && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                logForm.edit(selected);
            }
        });
        timelineList.setOnKeyPressed(event -> {
            Interaction selected = timelineList.getSelectionModel().getSelectedItem();
            if (selected != null && event.getCode() == KeyCode.DELETE) {
                timeline.delete(selected);
            } else if (selected != null && event.getCode() == KeyCode.ENTER) {
                logForm.edit(selected);
            }
        });
        MenuItem edit = new MenuItem(texts.get("action.edit"));
        edit.setOnAction(event -> logForm.edit(timelineList.getSelectionModel().getSelectedItem()));
        MenuItem delete = new MenuItem(texts.get("action.delete"));
        delete.setOnAction(event -> timeline.delete(timelineList.getSelectionModel().getSelectedItem()));
        timelineList.setContextMenu(new ContextMenu(edit, delete));
        loadMoreButton.visibleProperty().bind(timeline.hasMoreProperty());
        loadMoreButton.managedProperty().bind(loadMoreButton.visibleProperty());
    }

    /** Ctrl+L in the Clients workspace: log an interaction with the selected client. */
    @Override
    public void logInteraction() {
        logForm.start(timeline.clientProperty().get());
    }

    @FXML
    private void onLogInteraction() {
        logInteraction();
    }

    @FXML
    private void onAddFollowUp() {
        followUpEditor.start(followUps.clientProperty().get());
    }

    @FXML
    private void onLoadMore() {
        timeline.loadMore();
    }
}
