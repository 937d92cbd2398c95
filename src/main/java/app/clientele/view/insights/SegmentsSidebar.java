package app.clientele.view.insights;

import app.clientele.i18n.Texts;
import app.clientele.view.Icons;
import app.clientele.viewmodel.insights.SegmentsViewModel;
import java.text.NumberFormat;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The sidebar's saved segments: one entry per segment with its count; right-click to rename, update or delete. */
public final class SegmentsSidebar {
    private final SegmentsViewModel segments;
    private final Texts texts;
    private final NumberFormat numbers;

    @FXML private VBox segmentList;
    @FXML private Label emptyLabel;

    public SegmentsSidebar(SegmentsViewModel segments, Texts texts) {
        this.segments = segments;
        this.texts = texts;
        this.numbers = NumberFormat.getIntegerInstance(texts.locale());
    }

    @FXML
    private void initialize() {
        segments.items().addListener((ListChangeListener<SegmentsViewModel.Item>) change -> showEntries());
        showEntries();
    }

    private void showEntries() {
        segmentList.getChildren().setAll(segments.items().stream().map(this::entry).toList());
        emptyLabel.setVisible(segments.items().isEmpty());
        emptyLabel.setManaged(emptyLabel.isVisible());
    }

    private Button entry(SegmentsViewModel.Item item) {
        Label name = new Label(item.name());
        name.setMinWidth(0);
        Label count = new Label(numbers.format(item.count()));
        count.getStyleClass().add("segment-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox content = new HBox(8, Icons.action("tag-outline"), name, spacer, count);
        content.setAlignment(Pos.CENTER_LEFT);
        Button button = new Button(null, content);
        button.setId("segment-" + item.segment().id());
        button.getStyleClass().addAll("nav-button", "segment-entry");
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxWidth(Double.MAX_VALUE);
        content.prefWidthProperty().bind(button.widthProperty().subtract(22));
        button.setOnAction(event -> segments.open(item));
        button.setContextMenu(menu(item));
        button.setAccessibleText(texts.get("segments.entry", item.name(), item.count()));
        return button;
    }

    private ContextMenu menu(SegmentsViewModel.Item item) {
        MenuItem open = new MenuItem(texts.get("segments.open"));
        open.setOnAction(event -> segments.open(item));
        MenuItem replace = new MenuItem(texts.get("segments.replace.menu"));
        replace.setOnAction(event -> segments.replaceWithCurrent(item));
        MenuItem rename = new MenuItem(texts.get("segments.rename.menu"));
        rename.setOnAction(event -> segments.rename(item));
        MenuItem delete = new MenuItem(texts.get("segments.delete.menu"));
        delete.setOnAction(event -> segments.delete(item));
        return new ContextMenu(open, replace, rename, new SeparatorMenuItem(), delete);
    }
}
