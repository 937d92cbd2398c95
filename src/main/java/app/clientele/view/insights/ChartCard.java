package app.clientele.view.insights;

import app.clientele.view.Icons;
import javafx.beans.DefaultProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One tile of the dashboard: a title, a button that saves the tile's content as a picture, and
 * the content (a chart). Used in FXML with the chart as its child.
 */
@DefaultProperty("content")
public final class ChartCard extends VBox {
    private final Label title = new Label();
    private final Button saveButton = new Button();
    private final ObjectProperty<Node> content = new SimpleObjectProperty<>();

    public ChartCard() {
        getStyleClass().add("chart-card");
        setSpacing(4);
        title.getStyleClass().add("chart-title");
        saveButton.setGraphic(Icons.action("content-save-outline"));
        saveButton.getStyleClass().addAll("flat", "save-picture");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, saveButton);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(header);
        content.addListener((observable, before, after) -> {
            getChildren().remove(before);
            if (after != null) {
                VBox.setVgrow(after, Priority.ALWAYS);
                getChildren().add(after);
            }
        });
    }

    public StringProperty titleProperty() { return title.textProperty(); }
    public String getTitle() { return title.getText(); }
    public void setTitle(String text) { title.setText(text); }
    public ObjectProperty<Node> contentProperty() { return content; }
    public Node getContent() { return content.get(); }
    public void setContent(Node node) { content.set(node); }

    /** What the save button does; its tooltip says it. */
    public void onSave(String tooltip, Runnable save) {
        saveButton.setTooltip(new Tooltip(tooltip));
        saveButton.setOnAction(event -> save.run());
    }
}
