package app.clientele.view.data;

import app.clientele.domain.TrashEntry;
import app.clientele.view.Icons;
import app.clientele.viewmodel.data.TrashViewModel;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The Trash section: binds the list of deleted clients to {@link TrashViewModel}. */
public final class TrashView {
    private final TrashViewModel trash;

    @FXML private Button restoreButton;
    @FXML private Button deleteButton;
    @FXML private Button emptyButton;
    @FXML private Label summaryLabel;
    @FXML private ListView<TrashEntry> entryList;

    public TrashView(TrashViewModel trash) {
        this.trash = trash;
    }

    @FXML
    private void initialize() {
        restoreButton.setGraphic(Icons.action("backup-restore"));
        deleteButton.setGraphic(Icons.action("delete-outline"));
        entryList.setItems(trash.entries());
        entryList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TrashEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(entry.displayName());
                name.getStyleClass().add("interaction-heading");
                Label when = new Label(trash.describe(entry));
                when.getStyleClass().add("muted");
                setGraphic(new VBox(2, name, when));
            }
        });
        trash.selectedProperty().bind(entryList.getSelectionModel().selectedItemProperty());
        restoreButton.disableProperty().bind(trash.selectedProperty().isNull());
        deleteButton.disableProperty().bind(trash.selectedProperty().isNull());
        emptyButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(trash.entries()));
        summaryLabel.textProperty().bind(trash.summaryProperty());
        entryList.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                trash.load();
            }
        });
    }

    @FXML
    private void onRestore() {
        trash.restoreSelected();
    }

    @FXML
    private void onDelete() {
        trash.deleteSelected();
    }

    @FXML
    private void onEmpty() {
        trash.emptyTrash();
    }
}
