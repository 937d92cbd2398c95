package app.clientele.view.people;

import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.i18n.Texts;
import app.clientele.view.Converters;
import app.clientele.view.Icons;
import app.clientele.viewmodel.people.CustomFieldsViewModel;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The Custom fields page: binds the field list and the editor to {@link CustomFieldsViewModel}. */
public final class CustomFieldsView {
    private final CustomFieldsViewModel fields;
    private final Texts texts;

    @FXML private Button newFieldButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button removeFieldButton;
    @FXML private TableView<CustomField> fieldsTable;
    @FXML private TableColumn<CustomField, String> fieldNameColumn;
    @FXML private TableColumn<CustomField, String> fieldTypeColumn;
    @FXML private Label editorTitle;
    @FXML private TextField fieldNameField;
    @FXML private Label nameError;
    @FXML private ComboBox<CustomFieldType> fieldTypeChoice;
    @FXML private Label typeFixedLabel;
    @FXML private VBox choicesBox;
    @FXML private TextArea choicesArea;
    @FXML private Label choicesError;
    @FXML private VBox remindBox;
    @FXML private CheckBox remindCheck;
    @FXML private TextField remindDaysField;
    @FXML private Label remindError;
    @FXML private Button saveFieldButton;

    public CustomFieldsView(CustomFieldsViewModel fields, Texts texts) {
        this.fields = fields;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        newFieldButton.setGraphic(Icons.action("plus"));
        removeFieldButton.setGraphic(Icons.action("delete-outline"));
        moveUpButton.setGraphic(Icons.action("arrow-up"));
        moveDownButton.setGraphic(Icons.action("arrow-down"));
        moveUpButton.setTooltip(new Tooltip(texts.get("fields.moveUp")));
        moveDownButton.setTooltip(new Tooltip(texts.get("fields.moveDown")));
        var nothingChosen = fieldsTable.getSelectionModel().selectedItemProperty().isNull();
        for (Button button : new Button[] {moveUpButton, moveDownButton, removeFieldButton}) {
            button.disableProperty().bind(nothingChosen.or(fields.busyProperty()));
        }

        fieldsTable.setItems(fields.fields());
        fieldNameColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        fieldTypeColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(fields.describe(cell.getValue())));
        fieldsTable.getSelectionModel().selectedItemProperty().addListener((observable, before, field) -> {
            if (field != null) {
                fields.edit(field);
            }
        });
        fields.editingProperty().addListener((observable, before, field) -> {
            if (field == null) {
                fieldsTable.getSelectionModel().clearSelection();
            } else {
                fieldsTable.getItems().stream().filter(item -> item.id().equals(field.id())).findFirst()
                        .ifPresent(item -> fieldsTable.getSelectionModel().select(item));
            }
        });
        fieldsTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                onRemove();
            }
        });

        editorTitle.textProperty().bind(fields.editorTitleProperty());
        fieldNameField.textProperty().bindBidirectional(fields.nameProperty());
        showError(nameError, fields.nameErrorProperty());
        fieldTypeChoice.setItems(FXCollections.observableArrayList(CustomFieldType.values()));
        fieldTypeChoice.setConverter(Converters.forEnum(texts, ""));
        fieldTypeChoice.valueProperty().bindBidirectional(fields.typeProperty());
        fieldTypeChoice.disableProperty().bind(fields.editingProperty().isNotNull());
        showWhile(typeFixedLabel, fields.editingProperty().isNotNull());
        showWhile(choicesBox, fields.typeProperty().isEqualTo(CustomFieldType.CHOICE));
        choicesArea.textProperty().bindBidirectional(fields.choicesProperty());
        showError(choicesError, fields.choicesErrorProperty());
        showWhile(remindBox, fields.typeProperty().isEqualTo(CustomFieldType.DATE));
        remindCheck.selectedProperty().bindBidirectional(fields.remindProperty());
        remindDaysField.textProperty().bindBidirectional(fields.remindDaysProperty());
        remindDaysField.disableProperty().bind(fields.remindProperty().not());
        showError(remindError, fields.remindErrorProperty());
        saveFieldButton.disableProperty().bind(fields.validProperty().not().or(fields.busyProperty()));
        fields.load();
    }

    @FXML
    private void onNew() {
        fields.startNew();
        fieldNameField.requestFocus();
    }

    @FXML
    private void onSave() {
        fields.save();
    }

    @FXML
    private void onRemove() {
        fields.remove(fieldsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onMoveUp() {
        fields.move(fieldsTable.getSelectionModel().getSelectedItem(), -1);
    }

    @FXML
    private void onMoveDown() {
        fields.move(fieldsTable.getSelectionModel().getSelectedItem(), 1);
    }

    private static void showWhile(Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void showError(Label label, StringExpression error) {
        label.textProperty().bind(error);
        showWhile(label, error.isNotNull());
    }
}
