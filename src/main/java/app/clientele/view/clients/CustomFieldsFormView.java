package app.clientele.view.clients;

import app.clientele.view.Converters;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.clients.CustomFieldEntry;
import app.clientele.viewmodel.clients.CustomFieldsFormViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The firm's own fields in the client form: a text field, a number field, a date picker, a check
 * box or a choice list per field, rebuilt whenever the fields are redefined. Controls are named
 * {@code customField0}, {@code customField1} … in the fields' order.
 */
public final class CustomFieldsFormView {
    private final CustomFieldsFormViewModel form;
    private final Runnable openFieldsPage;

    @FXML private Label noFieldsLabel;
    @FXML private GridPane fieldsGrid;

    public CustomFieldsFormView(ClientsViewModel clients, Runnable openFieldsPage) {
        this.form = clients.form().customFields();
        this.openFieldsPage = openFieldsPage;
    }

    @FXML
    private void initialize() {
        form.entries().addListener((ListChangeListener<CustomFieldEntry>) change -> {
            while (change.next()) {
                if (!change.wasUpdated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        noFieldsLabel.setVisible(form.entries().isEmpty());
        noFieldsLabel.setManaged(noFieldsLabel.isVisible());
        fieldsGrid.getChildren().clear();
        for (int i = 0; i < form.entries().size(); i++) {
            CustomFieldEntry entry = form.entries().get(i);
            Node control = control(entry);
            control.setId("customField" + i);
            Label name = new Label(entry.field().name());
            name.setLabelFor(control);
            name.setWrapText(true);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(entry.errorProperty());
            error.visibleProperty().bind(entry.errorProperty().isNotNull());
            error.managedProperty().bind(error.visibleProperty());
            fieldsGrid.addRow(i, name, new VBox(2, control, error));
        }
    }

    private static Node control(CustomFieldEntry entry) {
        switch (entry.field().type()) {
            case DATE -> {
                DatePicker picker = new DatePicker();
                picker.valueProperty().bindBidirectional(entry.dateProperty());
                picker.setMaxWidth(Double.MAX_VALUE);
                return picker;
            }
            case YES_NO -> {
                CheckBox check = new CheckBox();
                check.selectedProperty().bindBidirectional(entry.yesProperty());
                return check;
            }
            case CHOICE -> {
                List<String> choices = new ArrayList<>();
                choices.add("");
                choices.addAll(entry.field().choices());
                if (!entry.textProperty().get().isEmpty() && !choices.contains(entry.textProperty().get())) {
                    choices.add(entry.textProperty().get());
                }
                ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
                box.setConverter(Converters.of(choice -> choice, ""));
                box.valueProperty().bindBidirectional(entry.textProperty());
                box.setMaxWidth(Double.MAX_VALUE);
                return box;
            }
            default -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(entry.textProperty());
                return field;
            }
        }
    }

    @FXML
    private void onManageFields() {
        openFieldsPage.run();
    }
}
