package app.clientele.view;

import app.clientele.domain.BackupFile;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.scene.control.DatePicker;
import javafx.stage.Window;

/** The view-models' questions as JavaFX dialogs, owned by the main window. */
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
    public RemoveChoice askToRemoveClient(String clientName) {
        ButtonType archive = new ButtonType(texts.get("clients.remove.archive"), ButtonBar.ButtonData.OK_DONE);
        ButtonType delete = new ButtonType(texts.get("clients.remove.delete"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(texts.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, texts.get("clients.delete.title"),
                texts.get("clients.remove.message", clientName), archive, delete, cancel);
        // Archive is the safe default: Enter never deletes anything.
        ((Button) alert.getDialogPane().lookupButton(archive)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(delete)).getStyleClass().add("danger");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return RemoveChoice.CANCEL;
        }
        return answer.get() == delete ? RemoveChoice.DELETE : RemoveChoice.ARCHIVE;
    }

    @Override
    public ConflictChoice askAboutConflict(String message) {
        ButtonType reload = new ButtonType(texts.get("stale.reload"), ButtonBar.ButtonData.LEFT);
        ButtonType overwrite = new ButtonType(texts.get("conflict.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(texts.get("conflict.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, texts.get("stale.title"), message, reload, overwrite, keep);
        alert.getDialogPane().setId("conflictDialog");
        // Keeping the edit is the safe default: Enter neither drops it nor overwrites a colleague's change.
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(overwrite)).getStyleClass().add("danger");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(reload::equals).isPresent()) {
            return ConflictChoice.RELOAD;
        }
        return answer.filter(overwrite::equals).isPresent() ? ConflictChoice.OVERWRITE : ConflictChoice.KEEP_EDITING;
    }

    @Override
    public Optional<LocalDate> askDate(String title, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId("askDatePicker");
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? picker.getValue() : null);
        dialog.setOnShown(event -> picker.requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("askTextField");
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().map(String::isBlank));
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, texts.get("error.title"), message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, "Clientele", message, ButtonType.OK).showAndWait();
    }

    @Override
    public char[] askPassword(String message) {
        return PasswordPrompt.ask(owner, texts, message);
    }

    @Override
    public char[] askNewPassword() {
        PasswordField first = new PasswordField();
        first.setId("newPasswordField");
        PasswordField second = new PasswordField();
        second.setId("repeatPasswordField");
        Label hint = new Label(texts.get("password.new.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("password.new.title"));
        dialog.getDialogPane().setContent(new VBox(8, hint, new Label(texts.get("password.new.first")), first,
                new Label(texts.get("password.new.second")), second));
        ButtonType ok = new ButtonType(texts.get("password.new.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(texts.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        // Typing the password twice is how a typo is caught before it locks the user out.
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(first.textProperty().isEmpty()
                .or(Bindings.notEqual(first.textProperty(), second.textProperty())));
        dialog.setOnShown(event -> first.requestFocus());
        boolean confirmed = dialog.showAndWait().filter(ok::equals).isPresent();
        char[] password = confirmed ? first.getText().toCharArray() : null;
        first.clear();
        second.clear();
        return password;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        FileChooser chooser = chooser(title, extension);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extension) {
        return Optional.ofNullable(chooser(title, extension).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBackup(List<BackupFile> backups) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(texts.locale());
        ListView<BackupFile> list = new ListView<>();
        list.setId("backupList");
        list.getItems().setAll(backups);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupFile backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : when.format(backup.takenAt())
                        + (backup.automatic() ? "" : "  ·  " + backup.path().getFileName()));
            }
        });
        list.setPlaceholder(new Label(texts.get("restore.none")));
        list.setPrefSize(460, 260);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("restore.choose"));
        dialog.setHeaderText(texts.get("restore.chooseHeader"));
        dialog.getDialogPane().setContent(list);
        ButtonType chosen = new ButtonType(texts.get("restore.next"), ButtonBar.ButtonData.OK_DONE);
        ButtonType otherFile = new ButtonType(texts.get("restore.otherFile"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(chosen, otherFile,
                new ButtonType(texts.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(chosen).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(chosen::equals).isPresent()) {
            return Optional.of(list.getSelectionModel().getSelectedItem().path());
        }
        return answer.filter(otherFile::equals).isPresent()
                ? chooseFileToOpen(texts.get("restore.choose"), "*.zip") : Optional.empty();
    }

    private FileChooser chooser(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, extension));
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }
}
