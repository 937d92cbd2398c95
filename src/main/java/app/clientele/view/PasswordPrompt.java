package app.clientele.view;

import app.clientele.i18n.Texts;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a password in a small dialog: at start for an encrypted database, and for encrypted backups. */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /** Returns the typed password, or null when the user cancels. */
    public static char[] ask(Window owner, Texts texts, String message) {
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        Label label = new Label(message);
        label.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Clientele");
        dialog.getDialogPane().setContent(new VBox(10, label, field));
        ButtonType unlock = new ButtonType(texts.get("password.unlock"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(unlock,
                new ButtonType(texts.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(unlock).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(event -> field.requestFocus());
        boolean confirmed = dialog.showAndWait().filter(unlock::equals).isPresent();
        char[] password = confirmed ? field.getText().toCharArray() : null;
        field.clear();
        return password;
    }
}
