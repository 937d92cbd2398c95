package app.clientele.view.insights;

import app.clientele.i18n.Texts;
import app.clientele.view.Icons;
import app.clientele.viewmodel.insights.TypeSuggestionViewModel;
import app.clientele.viewmodel.insights.TypeSuggestionViewModel.State;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The customer type suggestion above the client form: prominent with a choice while it asks,
 * quiet once it agrees with the client's type or the user chose their own.
 */
public final class TypeSuggestionView {
    private final TypeSuggestionViewModel suggestion;
    private final Texts texts;

    @FXML private VBox suggestionPane;
    @FXML private HBox headlineBox;
    @FXML private Label headlineLabel;
    @FXML private Label reasonsLabel;
    @FXML private HBox choiceBox;
    @FXML private Button acceptButton;
    @FXML private Button keepButton;

    public TypeSuggestionView(TypeSuggestionViewModel suggestion, Texts texts) {
        this.suggestion = suggestion;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        headlineBox.getChildren().add(0, Icons.action("star-outline"));
        headlineLabel.textProperty().bind(suggestion.headlineProperty());
        reasonsLabel.textProperty().bind(suggestion.reasonsProperty());
        acceptButton.textProperty().bind(suggestion.acceptTextProperty());
        keepButton.textProperty().bind(suggestion.keepTextProperty());
        acceptButton.disableProperty().bind(suggestion.canChooseProperty().not());
        keepButton.disableProperty().bind(suggestion.canChooseProperty().not());
        Tooltip waitForSave = new Tooltip(texts.get("suggestion.saveFirst"));
        suggestion.canChooseProperty().addListener((observable, before, can) -> {
            acceptButton.setTooltip(can ? null : waitForSave);
            keepButton.setTooltip(can ? null : waitForSave);
        });
        suggestion.stateProperty().addListener((observable, before, state) -> showState(state));
        showState(suggestion.stateProperty().get());
    }

    private void showState(State state) {
        show(suggestionPane, state != State.NONE);
        show(choiceBox, state == State.SUGGESTED || state == State.OVERRIDDEN);
        show(keepButton, state == State.SUGGESTED);
        suggestionPane.getStyleClass().removeAll("asking", "quiet");
        suggestionPane.getStyleClass().add(state == State.SUGGESTED ? "asking" : "quiet");
        acceptButton.getStyleClass().remove("flat");
        if (state == State.OVERRIDDEN) {
            acceptButton.getStyleClass().add("flat");
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @FXML
    private void onAccept() {
        suggestion.accept();
    }

    @FXML
    private void onKeep() {
        suggestion.keep();
    }
}
