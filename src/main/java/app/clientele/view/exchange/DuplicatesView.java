package app.clientele.view.exchange;

import app.clientele.domain.Client;
import app.clientele.i18n.Texts;
import app.clientele.view.Icons;
import app.clientele.viewmodel.exchange.DuplicatesViewModel;
import app.clientele.viewmodel.exchange.DuplicatesViewModel.DuplicateRow;
import app.clientele.viewmodel.exchange.DuplicatesViewModel.FieldChoice;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

/** The "Possible duplicates" section: the pairs on the left, the chosen pair side by side on the right. */
public final class DuplicatesView {
    private final DuplicatesViewModel duplicates;
    private final Texts texts;

    @FXML private Button findButton;
    @FXML private Label countLabel;
    @FXML private Node undoBar;
    @FXML private Label lastMergeLabel;
    @FXML private Button undoButton;
    @FXML private TableView<DuplicateRow> pairsTable;
    @FXML private TableColumn<DuplicateRow, String> scoreColumn;
    @FXML private TableColumn<DuplicateRow, String> firstColumn;
    @FXML private TableColumn<DuplicateRow, String> secondColumn;
    @FXML private TableColumn<DuplicateRow, String> reasonColumn;
    @FXML private Node mergePane;
    @FXML private Label emptyMergeLabel;
    @FXML private RadioButton keepLeftRadio;
    @FXML private RadioButton keepRightRadio;
    @FXML private GridPane fieldsGrid;
    @FXML private Label unitedLabel;
    @FXML private Button mergeButton;

    public DuplicatesView(DuplicatesViewModel duplicates, Texts texts) {
        this.duplicates = duplicates;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        findButton.setGraphic(Icons.action("magnify"));
        undoButton.setGraphic(Icons.action("undo"));
        findButton.disableProperty().bind(duplicates.busyProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("duplicates.count", duplicates.pairs().size()), duplicates.pairs()));
        undoBar.visibleProperty().bind(duplicates.lastMergeTextProperty().isNotEmpty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        lastMergeLabel.textProperty().bind(duplicates.lastMergeTextProperty());
        undoButton.visibleProperty().bind(duplicates.lastMergeProperty().isNotNull());
        undoButton.disableProperty().bind(duplicates.busyProperty());

        pairsTable.setItems(duplicates.pairs());
        column(scoreColumn, row -> Integer.toString(row.score()));
        column(firstColumn, DuplicateRow::firstName);
        column(secondColumn, DuplicateRow::secondName);
        column(reasonColumn, DuplicateRow::reason);
        pairsTable.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, after) -> duplicates.select(after));

        mergePane.visibleProperty().bind(duplicates.leftProperty().isNotNull());
        emptyMergeLabel.visibleProperty().bind(mergePane.visibleProperty().not());
        ToggleGroup keep = new ToggleGroup();
        keepLeftRadio.setToggleGroup(keep);
        keepRightRadio.setToggleGroup(keep);
        keepLeftRadio.textProperty().bind(duplicates.leftProperty().map(client -> keepText(client)).orElse(""));
        keepRightRadio.textProperty().bind(duplicates.rightProperty().map(client -> keepText(client)).orElse(""));
        keepLeftRadio.setSelected(true);
        keepRightRadio.selectedProperty().bindBidirectional(duplicates.keepRightProperty());
        duplicates.keepRightProperty().addListener((observable, before, right) -> (right ? keepRightRadio : keepLeftRadio)
                .setSelected(true));
        duplicates.fields().addListener((ListChangeListener<FieldChoice>) change -> showFields());
        unitedLabel.textProperty().bind(duplicates.unitedTextProperty());
        mergeButton.disableProperty().bind(duplicates.canMergeProperty().not());
        duplicates.find();
    }

    private String keepText(Client client) {
        return texts.get("duplicates.keep", client.displayName(), client.id());
    }

    /** One row per differing field: its name, then the two values to choose between. */
    private void showFields() {
        fieldsGrid.getChildren().clear();
        int row = 0;
        for (FieldChoice choice : duplicates.fields()) {
            ToggleGroup side = new ToggleGroup();
            RadioButton left = valueButton(choice.leftText(), side, choice.field().name() + "Left");
            RadioButton right = valueButton(choice.rightText(), side, choice.field().name() + "Right");
            (choice.takeRight().get() ? right : left).setSelected(true);
            right.selectedProperty().addListener((observable, before, selected) -> choice.takeRight().set(selected));
            Label label = new Label(choice.label());
            label.getStyleClass().add("muted");
            fieldsGrid.addRow(row++, label, left, right);
        }
    }

    private static RadioButton valueButton(String text, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(text.isEmpty() ? "—" : text);
        button.setToggleGroup(group);
        button.setId(Character.toLowerCase(id.charAt(0)) + id.substring(1));
        button.setWrapText(true);
        button.setMaxWidth(280);
        return button;
    }

    private static void column(TableColumn<DuplicateRow, String> column, Function<DuplicateRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void onFind() {
        duplicates.find();
    }

    @FXML
    private void onMerge() {
        duplicates.merge();
    }

    @FXML
    private void onUndo() {
        duplicates.undo();
    }
}
