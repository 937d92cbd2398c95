package app.clientele.view.reminders;

import app.clientele.domain.NewsletterEdition;
import app.clientele.domain.SavedSegment;
import app.clientele.i18n.Texts;
import app.clientele.reminders.NewsletterList.Subscriber;
import app.clientele.view.Icons;
import app.clientele.view.insights.SegmentChoices;
import app.clientele.viewmodel.reminders.NewsletterViewModel;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The Newsletter view: the list, who missed the latest edition, the editions, and the exports. */
public final class NewsletterView {
    private final NewsletterViewModel newsletter;
    private final Texts texts;

    @FXML private BorderPane newsletterPane;
    @FXML private Button exportCsvButton;
    @FXML private Button copyBccButton;
    @FXML private ComboBox<SavedSegment> segmentChoice;
    @FXML private Label summaryLabel;
    @FXML private Label noticeLabel;
    @FXML private Tab notReceivedTab;
    @FXML private TableView<Subscriber> subscriberTable;
    @FXML private TableColumn<Subscriber, String> nameColumn;
    @FXML private TableColumn<Subscriber, String> emailColumn;
    @FXML private TableColumn<Subscriber, String> consentColumn;
    @FXML private Label notReceivedLabel;
    @FXML private TableView<Subscriber> notReceivedTable;
    @FXML private TableColumn<Subscriber, String> newNameColumn;
    @FXML private TableColumn<Subscriber, String> newEmailColumn;
    @FXML private TableColumn<Subscriber, String> newConsentColumn;
    @FXML private ListView<NewsletterEdition> editionList;
    @FXML private Button markSentButton;
    @FXML private Button deleteEditionButton;
    @FXML private TextField subjectField;
    @FXML private DatePicker sendDatePicker;
    @FXML private Button addEditionButton;

    public NewsletterView(NewsletterViewModel newsletter, Texts texts) {
        this.newsletter = newsletter;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        exportCsvButton.setGraphic(Icons.action("file-export-outline"));
        copyBccButton.setGraphic(Icons.action("email-outline"));
        summaryLabel.textProperty().bind(newsletter.summaryTextProperty());
        noticeLabel.textProperty().bind(newsletter.noticeProperty());
        SegmentChoices.fill(segmentChoice, newsletter.segmentChoices(), texts.get("newsletter.everySubscriber"));
        segmentChoice.valueProperty().bindBidirectional(newsletter.onlySegmentProperty());
        subscriberTable.setItems(newsletter.subscribers());
        notReceivedTable.setItems(newsletter.notReceived());
        columns(nameColumn, emailColumn, consentColumn);
        columns(newNameColumn, newEmailColumn, newConsentColumn);
        notReceivedLabel.textProperty().bind(newsletter.notReceivedTextProperty());

        editionList.setItems(newsletter.editions());
        editionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(NewsletterEdition edition, boolean empty) {
                super.updateItem(edition, empty);
                if (empty || edition == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label subject = new Label(edition.subject());
                subject.getStyleClass().add("follow-up-title");
                Label state = new Label(newsletter.describe(edition));
                state.getStyleClass().add("muted");
                setText(null);
                setGraphic(new VBox(2, subject, state));
            }
        });
        editionList.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, after) -> newsletter.selectedEditionProperty().set(after));
        markSentButton.setGraphic(Icons.action("check-circle-outline"));
        markSentButton.disableProperty().bind(newsletter.selectedEditionProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> newsletter.selectedEditionProperty().get() != null
                        && newsletter.selectedEditionProperty().get().isSent(), newsletter.selectedEditionProperty()))
                .or(newsletter.busyProperty()));
        deleteEditionButton.disableProperty().bind(newsletter.selectedEditionProperty().isNull());
        subjectField.textProperty().bindBidirectional(newsletter.newSubjectProperty());
        sendDatePicker.valueProperty().bindBidirectional(newsletter.newSendDateProperty());
        addEditionButton.setGraphic(Icons.action("plus"));
        addEditionButton.disableProperty().bind(newsletter.canAddEditionProperty().not());
        newsletterPane.sceneProperty().addListener((observable, before, scene) -> newsletter.setShown(scene != null));
    }

    private void columns(TableColumn<Subscriber, String> name, TableColumn<Subscriber, String> email,
                         TableColumn<Subscriber, String> consent) {
        column(name, subscriber -> subscriber.client().displayName());
        column(email, Subscriber::email);
        column(consent, subscriber -> texts.get("newsletter.consent", newsletter.dates().date(
                subscriber.subscription().consentDate()), texts.of(subscriber.subscription().consentMethod())));
    }

    private static void column(TableColumn<Subscriber, String> column, Function<Subscriber, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void onExportCsv() {
        newsletter.exportCsv();
    }

    /** Copies the addresses of the tab in view for a mail program's BCC field. */
    @FXML
    private void onCopyBcc() {
        boolean onlyNew = notReceivedTab.isSelected();
        ClipboardContent content = new ClipboardContent();
        content.putString(newsletter.bccList(onlyNew));
        Clipboard.getSystemClipboard().setContent(content);
        newsletter.bccCopied(onlyNew);
    }

    @FXML
    private void onMarkSent() {
        newsletter.markSent(newsletter.selectedEditionProperty().get());
    }

    @FXML
    private void onDeleteEdition() {
        newsletter.deleteEdition(newsletter.selectedEditionProperty().get());
    }

    @FXML
    private void onAddEdition() {
        newsletter.addEdition();
    }
}
