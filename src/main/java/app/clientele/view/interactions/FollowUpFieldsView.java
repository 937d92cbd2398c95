package app.clientele.view.interactions;

import app.clientele.domain.Priority;
import app.clientele.i18n.Texts;
import app.clientele.view.Converters;
import app.clientele.viewmodel.interactions.FollowUpFields;
import java.util.Arrays;
import javafx.beans.binding.StringExpression;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Binds the follow-up fields (title, due day and time, priority, notes) wherever they are included. */
public final class FollowUpFieldsView {
    private final Texts texts;

    @FXML private TextField followUpTitleField;
    @FXML private Label followUpTitleError;
    @FXML private DatePicker followUpDuePicker;
    @FXML private TextField followUpTimeField;
    @FXML private ComboBox<Priority> followUpPriorityChoice;
    @FXML private Label followUpDueError;
    @FXML private TextArea followUpNotesArea;

    public FollowUpFieldsView(Texts texts) {
        this.texts = texts;
    }

    /** Called by the including form with the fields it edits. */
    void bind(FollowUpFields fields) {
        followUpTitleField.textProperty().bindBidirectional(fields.titleProperty());
        followUpDuePicker.valueProperty().bindBidirectional(fields.dueDateProperty());
        followUpTimeField.textProperty().bindBidirectional(fields.dueTimeProperty());
        followUpPriorityChoice.setItems(FXCollections.observableArrayList(Arrays.asList(Priority.values())));
        followUpPriorityChoice.setConverter(Converters.forEnum(texts, ""));
        followUpPriorityChoice.valueProperty().bindBidirectional(fields.priorityProperty());
        followUpNotesArea.textProperty().bindBidirectional(fields.notesProperty());
        showError(followUpTitleError, fields.titleErrorProperty());
        showError(followUpDueError, fields.dueErrorProperty());
    }

    void focus() {
        followUpTitleField.requestFocus();
    }

    static void showError(Label label, StringExpression error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
    }
}
