package app.clientele.view;

import app.clientele.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A form view-model shown as a dialog: it opens while the view-model says it is showing, Save
 * (also Enter) asks the view-model to save and stays open until the save succeeds, and Cancel,
 * Escape or the window's close button cancel. Save is disabled while the form is invalid.
 */
public final class FormDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public FormDialog(Window owner, Parent content, String id, Form form, Texts texts) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.titleProperty().bind(form.title());
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(texts.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(texts.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId(id + "Save");
        saveButton.disableProperty().bind(Bindings.not(form.valid()).or(form.busy()));
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.save().run();
        });
        dialog.setOnHidden(event -> {
            if (form.showing().get()) {
                form.cancel().run();
            }
        });
        form.showing().addListener((observable, was, is) -> {
            if (is && !dialog.isShowing()) {
                dialog.show();
            } else if (!is && dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    /** What the dialog needs from a form view-model. */
    public record Form(ObservableStringValue title, ReadOnlyBooleanProperty showing, ObservableBooleanValue valid,
                       ObservableBooleanValue busy, Runnable save, Runnable cancel) {
    }
}
