package app.clientele.view.exchange;

import app.clientele.exchange.ColumnTarget;
import app.clientele.exchange.Importer.Action;
import app.clientele.exchange.Importer.DuplicateChoice;
import app.clientele.i18n.Texts;
import app.clientele.view.Converters;
import app.clientele.viewmodel.exchange.ImportViewModel;
import app.clientele.viewmodel.exchange.ImportViewModel.ColumnMapping;
import app.clientele.viewmodel.exchange.ImportViewModel.PreviewRow;
import app.clientele.viewmodel.exchange.ImportViewModel.Step;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The Import dialog: file, column mapping, preview with duplicate choices, import. Binds to {@link ImportViewModel}. */
public final class ImportView {
    private final ImportViewModel importing;
    private final Texts texts;

    @FXML private TextField pathField;
    @FXML private Button openButton;
    @FXML private Label fileLabel;
    @FXML private Node mappingPane;
    @FXML private TableView<ColumnMapping> columnsTable;
    @FXML private TableColumn<ColumnMapping, String> columnNameColumn;
    @FXML private TableColumn<ColumnMapping, ColumnTarget> columnFieldColumn;
    @FXML private Node previewPane;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<DuplicateChoice> onDuplicateChoice;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, String> whereColumn;
    @FXML private TableColumn<PreviewRow, String> nameColumn;
    @FXML private TableColumn<PreviewRow, String> detailColumn;
    @FXML private TableColumn<PreviewRow, String> actionColumn;
    @FXML private TableColumn<PreviewRow, String> duplicateColumn;
    @FXML private TableColumn<PreviewRow, DuplicateChoice> choiceColumn;
    @FXML private ListView<String> problemsList;
    @FXML private Button backButton;
    @FXML private Button previewButton;
    @FXML private Button importButton;

    public ImportView(ImportViewModel importing, Texts texts) {
        this.importing = importing;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        pathField.textProperty().bindBidirectional(importing.pathProperty());
        openButton.disableProperty().bind(importing.busyProperty().or(importing.pathProperty().isEmpty()));
        fileLabel.textProperty().bind(importing.fileProperty().map(file -> texts.get("import.file." + file.kind().name()
                + (file.needsMapping() ? ".mapped" : ""), file.fileName(), file.charset().displayName(),
                texts.get("CsvKind." + file.csvKind().name()))).orElse(""));
        showOnStep(mappingPane, Step.MAP);
        showOnStep(previewPane, Step.PREVIEW);
        showOnStep(previewButton, Step.MAP);
        backButton.disableProperty().bind(importing.stepProperty().isEqualTo(Step.CHOOSE));

        columnsTable.setItems(importing.columns());
        columnNameColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().columnName()));
        columnFieldColumn.setCellValueFactory(cell -> cell.getValue().field());
        columnFieldColumn.setCellFactory(column -> new ChoiceCell<>(ColumnMapping::field, importing.columnChoices(),
                Converters.of(importing::describe, "")));

        summaryLabel.textProperty().bind(importing.summaryProperty());
        onDuplicateChoice.setItems(FXCollections.observableArrayList(DuplicateChoice.values()));
        onDuplicateChoice.setConverter(Converters.forEnum(texts, ""));
        onDuplicateChoice.valueProperty().bindBidirectional(importing.onDuplicateProperty());
        previewTable.setItems(importing.rows());
        column(whereColumn, PreviewRow::where);
        column(nameColumn, PreviewRow::name);
        column(detailColumn, PreviewRow::detail);
        column(actionColumn, PreviewRow::actionText);
        column(duplicateColumn, PreviewRow::duplicateOf);
        choiceColumn.setCellValueFactory(cell -> cell.getValue().choice());
        choiceColumn.setCellFactory(column -> new ChoiceCell<>(PreviewRow::choice,
                FXCollections.observableArrayList(DuplicateChoice.values()), Converters.forEnum(texts, "")) {
            @Override
            protected boolean applies(PreviewRow row) {
                return row.duplicate();
            }
        });
        previewTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("import-create", "import-update", "import-skip");
                if (!empty && row != null) {
                    getStyleClass().add(row.action() == Action.CREATE ? "import-create"
                            : row.action() == Action.SKIP ? "import-skip" : "import-update");
                }
            }
        });
        problemsList.setItems(importing.problems());
        problemsList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(importing.problems()));
        problemsList.managedProperty().bind(problemsList.visibleProperty());
        importButton.disableProperty().bind(importing.canImportProperty().not());
    }

    private void showOnStep(Node node, Step step) {
        node.visibleProperty().bind(importing.stepProperty().isEqualTo(step));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void onBrowse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("import.filter.contacts"), "*.csv", "*.vcf", "*.vcard", "*.txt"),
                new FileChooser.ExtensionFilter(texts.get("import.filter.all"), "*.*"));
        File chosen = chooser.showOpenDialog(pathField.getScene().getWindow());
        if (chosen != null) {
            pathField.setText(chosen.getAbsolutePath());
            importing.open();
        }
    }

    @FXML
    private void onOpen() {
        importing.open();
    }

    @FXML
    private void onBack() {
        importing.back();
    }

    @FXML
    private void onPreview() {
        importing.preview();
    }

    @FXML
    private void onImport() {
        importing.importNow(this::close);
    }

    @FXML
    private void onCancel() {
        close();
    }

    private void close() {
        pathField.getScene().getWindow().hide();
    }

    /** A table cell with a combo box bound to a row's property, shown only where it applies. */
    private static class ChoiceCell<R, E> extends TableCell<R, E> {
        private final ComboBox<E> box = new ComboBox<>();
        private final Function<R, javafx.beans.property.ObjectProperty<E>> property;
        private javafx.beans.property.ObjectProperty<E> bound;

        ChoiceCell(Function<R, javafx.beans.property.ObjectProperty<E>> property, ObservableList<E> values,
                   StringConverter<E> converter) {
            this.property = property;
            box.setItems(values);
            box.setConverter(converter);
            box.setMaxWidth(Double.MAX_VALUE);
        }

        protected boolean applies(R row) {
            return true;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            R row = empty ? null : getTableRow().getItem();
            if (row == null || !applies(row)) {
                setGraphic(null);
                return;
            }
            bound = property.apply(row);
            box.valueProperty().bindBidirectional(bound);
            setGraphic(box);
        }
    }
}
