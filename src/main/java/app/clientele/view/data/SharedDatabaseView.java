package app.clientele.view.data;

import app.clientele.viewmodel.data.SharedDatabaseViewModel;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The Shared database settings, shown as a dialog. */
public final class SharedDatabaseView {
    private final SharedDatabaseViewModel settings;

    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private Label statusLabel;
    @FXML private Button testConnectionButton;
    @FXML private Button copyUpButton;
    @FXML private Button copyDownButton;
    @FXML private Button useThisComputerButton;

    public SharedDatabaseView(SharedDatabaseViewModel settings) {
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(settings.hostProperty());
        portField.textProperty().bindBidirectional(settings.portProperty());
        databaseField.textProperty().bindBidirectional(settings.databaseProperty());
        userField.textProperty().bindBidirectional(settings.userProperty());
        passwordField.textProperty().bindBidirectional(settings.passwordProperty());
        statusLabel.textProperty().bind(settings.statusProperty());
        testConnectionButton.disableProperty().bind(settings.validProperty().not().or(settings.busyProperty()));
        boolean local = settings.isWorkingLocally();
        copyUpButton.setVisible(local);
        copyUpButton.setManaged(local);
        copyUpButton.disableProperty().bind(settings.validProperty().not().or(settings.copyingProperty()));
        copyDownButton.setVisible(!local);
        copyDownButton.setManaged(!local);
        copyDownButton.disableProperty().bind(settings.copyingProperty());
    }

    @FXML
    private void onTestConnection() {
        settings.testConnection();
    }

    @FXML
    private void onUseThisComputer() {
        settings.useThisComputer();
    }

    @FXML
    private void onCopyUp() {
        settings.copyToShared();
    }

    @FXML
    private void onCopyDown() {
        settings.copyToThisComputer();
    }
}
