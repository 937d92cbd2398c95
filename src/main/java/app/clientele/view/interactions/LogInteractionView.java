package app.clientele.view.interactions;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.Direction;
import app.clientele.i18n.Texts;
import app.clientele.view.ClientCompletion;
import app.clientele.view.Converters;
import app.clientele.view.Icons;
import app.clientele.viewmodel.interactions.LogInteractionViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the log-interaction form to {@link LogInteractionViewModel}. */
public final class LogInteractionView {
    private final LogInteractionViewModel form;
    private final Texts texts;

    @FXML private FlowPane participantsPane;
    @FXML private TextField addParticipantField;
    @FXML private HBox offeredBox;
    @FXML private FlowPane offeredPane;
    @FXML private Label participantsError;
    @FXML private DatePicker datePicker;
    @FXML private TextField timeField;
    @FXML private Label whenError;
    @FXML private ComboBox<Channel> channelChoice;
    @FXML private RadioButton outboundRadio;
    @FXML private RadioButton inboundRadio;
    @FXML private TextField subjectField;
    @FXML private Label subjectError;
    @FXML private TextArea notesArea;
    @FXML private TextField outcomeField;
    @FXML private ComboBox<Integer> satisfactionChoice;
    @FXML private TextField feedbackField;
    @FXML private CheckBox addFollowUpCheck;
    @FXML private VBox followUpBox;
    @FXML private FollowUpFieldsView followUpController;

    public LogInteractionView(LogInteractionViewModel form, Texts texts) {
        this.form = form;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        form.participants().addListener((ListChangeListener<ClientRef>) change -> showParticipants());
        showParticipants();
        ClientCompletion.bind(addParticipantField, form::suggestions, form::addParticipant);
        form.offered().addListener((ListChangeListener<ClientRef>) change -> showOffered());
        showOffered();
        FollowUpFieldsView.showError(participantsError, form.participantsErrorProperty());

        datePicker.valueProperty().bindBidirectional(form.dateProperty());
        timeField.textProperty().bindBidirectional(form.timeProperty());
        FollowUpFieldsView.showError(whenError, form.whenErrorProperty());

        channelChoice.setItems(FXCollections.observableArrayList(Arrays.asList(Channel.values())));
        channelChoice.setConverter(Converters.forEnum(texts, ""));
        channelChoice.setCellFactory(list -> new ChannelCell());
        channelChoice.setButtonCell(new ChannelCell());
        channelChoice.valueProperty().bindBidirectional(form.channelProperty());

        ToggleGroup directions = new ToggleGroup();
        outboundRadio.setToggleGroup(directions);
        inboundRadio.setToggleGroup(directions);
        outboundRadio.setUserData(Direction.OUTBOUND);
        inboundRadio.setUserData(Direction.INBOUND);
        form.directionProperty().addListener((observable, before, after) -> showDirection(directions, after));
        showDirection(directions, form.directionProperty().get());
        directions.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after != null) {
                form.directionProperty().set((Direction) after.getUserData());
            }
        });

        subjectField.textProperty().bindBidirectional(form.subjectProperty());
        FollowUpFieldsView.showError(subjectError, form.subjectErrorProperty());
        notesArea.textProperty().bindBidirectional(form.notesProperty());
        outcomeField.textProperty().bindBidirectional(form.outcomeProperty());
        List<Integer> scores = new ArrayList<>();
        scores.add(null);
        scores.addAll(List.of(5, 4, 3, 2, 1));
        satisfactionChoice.setItems(FXCollections.observableArrayList(scores));
        satisfactionChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer score) {
                return score == null ? texts.get("interactions.satisfaction.none")
                        : Stars.of(score) + "  " + texts.get("interactions.satisfaction." + score);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the score is chosen, not typed");
            }
        });
        satisfactionChoice.setPromptText(texts.get("interactions.satisfaction.none"));
        satisfactionChoice.valueProperty().bindBidirectional(form.satisfactionProperty());
        feedbackField.textProperty().bindBidirectional(form.feedbackProperty());

        addFollowUpCheck.selectedProperty().bindBidirectional(form.addFollowUpProperty());
        addFollowUpCheck.visibleProperty().bind(form.editingProperty().isNull());
        addFollowUpCheck.managedProperty().bind(addFollowUpCheck.visibleProperty());
        followUpBox.visibleProperty().bind(form.addFollowUpProperty());
        followUpBox.managedProperty().bind(followUpBox.visibleProperty());
        followUpController.bind(form.followUp());
        form.addFollowUpProperty().addListener((observable, was, is) -> {
            if (is) {
                if (form.followUp().titleProperty().get().isBlank()) {
                    form.followUp().titleProperty().set(form.subjectProperty().get());
                }
                Platform.runLater(() -> {
                    followUpBox.getScene().getWindow().sizeToScene();
                    followUpController.focus();
                });
            }
        });
        form.showingProperty().addListener((observable, was, is) -> {
            if (is) {
                Platform.runLater(subjectField::requestFocus);
            }
        });
    }

    private void showParticipants() {
        participantsPane.getChildren().setAll(form.participants().stream().map(this::chip).toList());
    }

    /** People of the organisations taking part, each a button that adds them. */
    private void showOffered() {
        offeredPane.getChildren().setAll(form.offered().stream().map(person -> {
            Button add = new Button(person.displayName(), Icons.action("plus", 12));
            add.getStyleClass().addAll("flat", "offered-person");
            add.setOnAction(event -> form.addParticipant(person));
            return add;
        }).toList());
        offeredBox.setVisible(!form.offered().isEmpty());
        offeredBox.setManaged(offeredBox.isVisible());
    }

    private HBox chip(ClientRef client) {
        Button remove = new Button(null, Icons.action("close", 12));
        remove.getStyleClass().addAll("flat", "chip-remove");
        remove.setTooltip(new Tooltip(texts.get("action.remove")));
        remove.setOnAction(event -> form.removeParticipant(client));
        HBox chip = new HBox(4, new Label(client.displayName()), remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("chip");
        return chip;
    }

    private static void showDirection(ToggleGroup group, Direction direction) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == direction) {
                group.selectToggle(toggle);
            }
        }
    }

    /** A channel with its icon, in the menu and on the button. */
    private final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel channel, boolean empty) {
            super.updateItem(channel, empty);
            setText(empty || channel == null ? null : texts.of(channel));
            setGraphic(empty || channel == null ? null : ChannelIcons.of(channel, 16));
        }
    }
}
