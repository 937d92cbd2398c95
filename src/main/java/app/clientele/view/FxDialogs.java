package app.clientele.view;

import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The view-models' questions as JavaFX alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final Texts texts;

    public FxDialogs(Window owner, Texts texts) {
        this.owner = owner;
        this.texts = texts;
    }

    @Override
    public UnsavedChoice askToSaveChanges(String clientName) {
        ButtonType save = new ButtonType(texts.get("action.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("action.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, texts.get("clients.unsaved.title"),
                texts.get("clients.unsaved.message", clientName), save, discard, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, confirm, cancel);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, texts.get("error.title"), message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, "Clientele", message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }
}
