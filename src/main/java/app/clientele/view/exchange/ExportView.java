package app.clientele.view.exchange;

import app.clientele.exchange.ExportFormat;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.exchange.ExportViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The Export dialog: binds scope, format and file to {@link ExportViewModel}. */
public final class ExportView {
    private final ExportViewModel export;
    private final Texts texts;

    @FXML private RadioButton viewScope;
    @FXML private RadioButton selectionScope;
    @FXML private ComboBox<ExportFormat> formatChoice;
    @FXML private Label formatHint;
    @FXML private TextField pathField;
    @FXML private Button exportButton;

    public ExportView(ExportViewModel export, Texts texts) {
        this.export = export;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        viewScope.textProperty().bind(export.visibleTextProperty());
        selectionScope.textProperty().bind(export.selectedTextProperty());
        selectionScope.setDisable(!export.hasSelection());
        (export.selectionOnlyProperty().get() ? selectionScope : viewScope).setSelected(true);
        export.selectionOnlyProperty().bind(selectionScope.selectedProperty());
        formatChoice.setItems(FXCollections.observableArrayList(Arrays.asList(ExportFormat.values())));
        formatChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat format) {
                return format == null ? "" : texts.get("export.format." + format.name());
            }

            @Override
            public ExportFormat fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        formatChoice.valueProperty().bindBidirectional(export.formatProperty());
        formatHint.textProperty().bind(export.formatProperty().map(format -> texts.get("export.hint." + format.name())));
        pathField.textProperty().bindBidirectional(export.pathProperty());
        exportButton.disableProperty().bind(export.canExportProperty().not());
    }

    @FXML
    private void onBrowse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("export.title"));
        Path current = Path.of(pathField.getText().strip()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(pathField.getScene().getWindow());
        if (chosen != null) {
            pathField.setText(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void onExport() {
        export.export(() -> { });
        close();
    }

    @FXML
    private void onCancel() {
        close();
    }

    private void close() {
        pathField.getScene().getWindow().hide();
    }
}
