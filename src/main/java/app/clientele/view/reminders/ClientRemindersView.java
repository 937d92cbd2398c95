package app.clientele.view.reminders;

import app.clientele.domain.ConsentMethod;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.Subscription;
import app.clientele.i18n.Texts;
import app.clientele.view.Converters;
import app.clientele.viewmodel.reminders.ClientRemindersViewModel;
import app.clientele.viewmodel.reminders.LeadTimeChoice;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The Clients workspace's Reminders tab: the selected client's lead time, cards and newsletter consent. */
public final class ClientRemindersView {
    private final ClientRemindersViewModel model;
    private final Texts texts;

    @FXML private VBox clientRemindersPane;
    @FXML private ComboBox<LeadTimeChoice> leadTimeChoice;
    @FXML private ListView<String> cardList;
    @FXML private Label emailStatusLabel;
    @FXML private Label smsStatusLabel;
    @FXML private Button unsubscribeEmailButton;
    @FXML private Button unsubscribeSmsButton;
    @FXML private ComboBox<NewsletterChannel> consentChannelChoice;
    @FXML private DatePicker consentDatePicker;
    @FXML private ComboBox<ConsentMethod> consentMethodChoice;
    @FXML private Button recordConsentButton;
    @FXML private Label consentHintLabel;
    @FXML private ListView<Subscription> consentHistoryList;

    public ClientRemindersView(ClientRemindersViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        clientRemindersPane.disableProperty().bind(model.clientProperty().isNull());
        leadTimeChoice.setItems(model.leadTimes());
        leadTimeChoice.valueProperty().bindBidirectional(model.leadTimeProperty());
        cardList.setItems(model.cards());
        emailStatusLabel.textProperty().bind(model.statusTextProperty(NewsletterChannel.EMAIL));
        smsStatusLabel.textProperty().bind(model.statusTextProperty(NewsletterChannel.SMS));
        unsubscribeEmailButton.disableProperty().bind(model.activeProperty(NewsletterChannel.EMAIL).isNull());
        unsubscribeSmsButton.disableProperty().bind(model.activeProperty(NewsletterChannel.SMS).isNull());
        consentChannelChoice.getItems().setAll(NewsletterChannel.values());
        consentChannelChoice.setConverter(Converters.forEnum(texts, ""));
        consentChannelChoice.valueProperty().bindBidirectional(model.consentChannelProperty());
        consentDatePicker.valueProperty().bindBidirectional(model.consentDateProperty());
        consentMethodChoice.getItems().setAll(Arrays.asList(ConsentMethod.values()));
        consentMethodChoice.setConverter(Converters.forEnum(texts, ""));
        consentMethodChoice.valueProperty().bindBidirectional(model.consentMethodProperty());
        recordConsentButton.disableProperty().bind(model.canRecordConsentProperty().not());
        consentHintLabel.textProperty().bind(model.consentErrorProperty().orElse(texts.get("newsletter.consent.rule")));
        consentHistoryList.setItems(model.consentHistory());
        consentHistoryList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Subscription subscription, boolean empty) {
                super.updateItem(subscription, empty);
                setText(empty || subscription == null ? null : model.describe(subscription));
            }
        });
    }

    @FXML
    private void onUnsubscribeEmail() {
        model.unsubscribe(NewsletterChannel.EMAIL);
    }

    @FXML
    private void onUnsubscribeSms() {
        model.unsubscribe(NewsletterChannel.SMS);
    }

    @FXML
    private void onRecordConsent() {
        model.recordConsent();
    }
}
