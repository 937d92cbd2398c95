package app.clientele.view.reminders;

import app.clientele.domain.MissingDayRule;
import app.clientele.i18n.Texts;
import app.clientele.view.Converters;
import app.clientele.viewmodel.reminders.LeadTimeChoice;
import app.clientele.viewmodel.reminders.ReminderSettingsViewModel;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The reminder settings form, shown as a dialog. */
public final class ReminderSettingsView {
    private final ReminderSettingsViewModel settings;
    private final Texts texts;

    @FXML private ComboBox<LeadTimeChoice> leadTimeChoice;
    @FXML private ComboBox<MissingDayRule> missingDayChoice;
    @FXML private CheckBox notificationsCheck;
    @FXML private TextField englishSubjectField;
    @FXML private TextArea englishBodyArea;
    @FXML private TextField koreanSubjectField;
    @FXML private TextArea koreanBodyArea;
    @FXML private Label templateErrorLabel;

    public ReminderSettingsView(ReminderSettingsViewModel settings, Texts texts) {
        this.settings = settings;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        leadTimeChoice.setItems(settings.leadTimes());
        leadTimeChoice.valueProperty().bindBidirectional(settings.leadTimeProperty());
        missingDayChoice.getItems().setAll(Arrays.asList(MissingDayRule.values()));
        missingDayChoice.setConverter(Converters.forEnum(texts, ""));
        missingDayChoice.valueProperty().bindBidirectional(settings.missingDayRuleProperty());
        notificationsCheck.selectedProperty().bindBidirectional(settings.showNotificationsProperty());
        englishSubjectField.textProperty().bindBidirectional(settings.englishSubjectProperty());
        englishBodyArea.textProperty().bindBidirectional(settings.englishBodyProperty());
        koreanSubjectField.textProperty().bindBidirectional(settings.koreanSubjectProperty());
        koreanBodyArea.textProperty().bindBidirectional(settings.koreanBodyProperty());
        templateErrorLabel.textProperty().bind(settings.templateErrorProperty());
    }

    @FXML
    private void onResetTemplates() {
        settings.resetTemplates();
    }
}
