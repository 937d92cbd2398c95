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
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A form view-model shown as a dialog: it opens while the view-model says it is showing, Save
 * (also Enter) asks the view-model to save and stays open until the save succeeds, and Cancel,
 * Escape or the window's close button cancel. Save is disabled while the form is invalid.
 */
public final class FormDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean shownBefore;

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
        // Closing only hides the window, and a later opening shows that window again: the form never
        // leaves its scene. Dialog's own close takes the form out of the scene and its next show puts it
        // back, and JavaFX 21 restyles a returning tree from the leaves up while the nodes still hold
        // style-map ids of the scene's previous, cleared style cache. A label whose font is reset then
        // looks its styles up under an id that now names another node's styles (the log form's error
        // label logged a WARNING for the '.channel-icon' rule). A window shown again restyles its scene
        // from the root down first, which is safe.
        Stage window = (Stage) dialog.getDialogPane().getScene().getWindow();
        dialog.setOnCloseRequest(event -> {
            event.consume();
            window.hide();
        });
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            if (form.showing().get()) {
                form.cancel().run();
            }
        });
        form.showing().addListener((observable, was, is) -> {
            if (is && !window.isShowing()) {
                show(window);
            } else if (!is && window.isShowing()) {
                window.hide();
            }
        });
    }

    private void show(Stage window) {
        if (shownBefore) {
            window.show();
            // Fitted to the form as it is now (a part shown last time may be hidden again) and centred on
            // the main window, wherever either was moved meanwhile, as the first time.
            window.sizeToScene();
            Window owner = window.getOwner();
            window.setX(owner.getX() + (owner.getWidth() - window.getWidth()) / 2);
            window.setY(owner.getY() + (owner.getHeight() - window.getHeight()) / 2);
        } else {
            shownBefore = true;
            dialog.show(); // sizes the window to the form and centres it on its owner
        }
    }

    /** What the dialog needs from a form view-model. */
    public record Form(ObservableStringValue title, ReadOnlyBooleanProperty showing, ObservableBooleanValue valid,
                       ObservableBooleanValue busy, Runnable save, Runnable cancel) {
    }
}
