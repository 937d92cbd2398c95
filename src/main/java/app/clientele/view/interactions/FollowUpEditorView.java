package app.clientele.view.interactions;

import app.clientele.viewmodel.interactions.FollowUpEditorViewModel;
import javafx.application.Platform;
import javafx.fxml.FXML;

/** The follow-up form on its own (Add follow-up, or a double-click on one). */
public final class FollowUpEditorView {
    private final FollowUpEditorViewModel editor;

    @FXML private FollowUpFieldsView fieldsController;

    public FollowUpEditorView(FollowUpEditorViewModel editor) {
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        fieldsController.bind(editor.fields());
        editor.showingProperty().addListener((observable, was, is) -> {
            if (is) {
                Platform.runLater(fieldsController::focus);
            }
        });
    }
}
