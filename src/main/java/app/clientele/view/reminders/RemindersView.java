package app.clientele.view.reminders;

import app.clientele.domain.SavedSegment;
import app.clientele.domain.Segment;
import app.clientele.i18n.Texts;
import app.clientele.reminders.UpcomingBirthday;
import app.clientele.text.AddressFormat;
import app.clientele.view.Converters;
import app.clientele.view.Icons;
import app.clientele.view.insights.SegmentChoices;
import app.clientele.viewmodel.reminders.ReminderSettingsViewModel;
import app.clientele.viewmodel.reminders.RemindersViewModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import app.clientele.domain.DateReminder;
import javafx.fxml.FXML;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The Reminders view: birthdays coming up, soonest first. Space marks the selected card sent,
 * Enter writes a greeting. The list is read again each time the view is shown.
 */
public final class RemindersView {
    private final RemindersViewModel reminders;
    private final ReminderSettingsViewModel settings;
    private final Supplier<List<String>> tags;
    private final Texts texts;

    @FXML private BorderPane remindersPane;
    @FXML private ListView<DateReminder> otherDatesList;
    @FXML private Spinner<Integer> daysSpinner;
    @FXML private CheckBox showSentCheck;
    @FXML private Button composeButton;
    @FXML private Button markSentButton;
    @FXML private MenuButton exportMenu;
    @FXML private Label summaryLabel;
    @FXML private Button settingsButton;
    @FXML private TableView<UpcomingBirthday> birthdayTable;
    @FXML private TableColumn<UpcomingBirthday, LocalDate> dateColumn;
    @FXML private TableColumn<UpcomingBirthday, String> clientColumn;
    @FXML private TableColumn<UpcomingBirthday, String> reminderColumn;
    @FXML private TableColumn<UpcomingBirthday, String> lunarColumn;
    @FXML private TableColumn<UpcomingBirthday, String> addressColumn;
    @FXML private TableColumn<UpcomingBirthday, String> lastContactColumn;
    @FXML private TableColumn<UpcomingBirthday, String> cardColumn;
    @FXML private HBox markedBar;
    @FXML private Label markedLabel;
    @FXML private Button undoMarkButton;
    @FXML private Button dismissMarkButton;

    public RemindersView(RemindersViewModel reminders, ReminderSettingsViewModel settings, Supplier<List<String>> tags,
                         Texts texts) {
        this.reminders = reminders;
        this.settings = settings;
        this.tags = tags;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        daysSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 366,
                reminders.daysProperty().get()));
        daysSpinner.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                reminders.daysProperty().set(after);
            }
        });
        showSentCheck.selectedProperty().bindBidirectional(reminders.showSentProperty());
        composeButton.setGraphic(Icons.action("email-outline"));
        markSentButton.setGraphic(Icons.action("check-circle-outline"));
        exportMenu.setGraphic(Icons.action("file-export-outline"));
        settingsButton.setGraphic(Icons.action("cog-outline"));
        composeButton.disableProperty().bind(reminders.selectedProperty().isNull());
        markSentButton.disableProperty().bind(reminders.selectedProperty().isNull().or(reminders.busyProperty()));
        summaryLabel.textProperty().bind(reminders.summaryTextProperty());

        birthdayTable.setItems(reminders.birthdays());
        otherDatesList.setItems(reminders.otherDates());
        otherDatesList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DateReminder reminder, boolean empty) {
                super.updateItem(reminder, empty);
                setText(empty || reminder == null ? null : reminders.describe(reminder));
            }
        });
        dateColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().date()));
        dateColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setText(empty || day == null ? null : reminders.dates().date(day));
            }
        });
        column(clientColumn, birthday -> birthday.client().name().nickname() == null ? birthday.client().displayName()
                : texts.get("reminders.client.nickname", birthday.client().displayName(),
                birthday.client().name().nickname()));
        column(reminderColumn, reminders::reminderText);
        column(lunarColumn, birthday -> reminders.texts().lunar(birthday.birthday()));
        column(addressColumn, birthday -> AddressFormat.singleLine(birthday.client().address()));
        column(lastContactColumn, birthday -> reminders.texts().lastContact(birthday.client().lastContact()));
        column(cardColumn, birthday -> birthday.cardSent() ? texts.get("reminders.card.sent")
                : birthday.cardDue(reminders.dayProperty().get()) ? texts.get("reminders.card.due") : "");
        birthdayTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(UpcomingBirthday birthday, boolean empty) {
                super.updateItem(birthday, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("due"), !empty && birthday != null
                        && birthday.remindedOn(reminders.dayProperty().get()));
            }
        });
        birthdayTable.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, after) -> reminders.selectedProperty().set(after));
        birthdayTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            UpcomingBirthday selected = birthdayTable.getSelectionModel().getSelectedItem();
            if (selected != null && event.getCode() == KeyCode.SPACE) {
                reminders.markCardSent(selected);
                event.consume();
            } else if (selected != null && event.getCode() == KeyCode.ENTER) {
                reminders.composeGreeting(selected);
                event.consume();
            }
        });
        markedBar.visibleProperty().bind(reminders.lastMarkedProperty().isNotNull());
        markedBar.managedProperty().bind(markedBar.visibleProperty());
        markedLabel.textProperty().bind(reminders.lastMarkedTextProperty());
        undoMarkButton.setGraphic(Icons.action("undo"));
        dismissMarkButton.setGraphic(Icons.action("close"));
        // Shown again: the day or the data may have changed.
        remindersPane.sceneProperty().addListener((observable, before, scene) -> reminders.setShown(scene != null));
    }

    private static void column(TableColumn<UpcomingBirthday, String> column, Function<UpcomingBirthday, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void onCompose() {
        reminders.composeGreeting(reminders.selectedProperty().get());
    }

    @FXML
    private void onMarkSent() {
        reminders.markCardSent(reminders.selectedProperty().get());
    }

    @FXML
    private void onUndoMark() {
        reminders.undoMarkCardSent();
    }

    @FXML
    private void onDismissMark() {
        reminders.dismissMarked();
    }

    @FXML
    private void onExportCardList() {
        reminders.exportCardList();
    }

    @FXML
    private void onExportLabels() {
        reminders.exportLabels();
    }

    @FXML
    private void onExportCalendar() {
        reminders.exportCalendar();
    }

    /** Labels for a segment and/or a tag: asks which, then where to save them. */
    @FXML
    private void onExportGroupLabels() {
        ComboBox<Segment> segment = new ComboBox<>();
        List<Segment> segments = new ArrayList<>();
        segments.add(null);
        segments.addAll(Arrays.asList(Segment.values()));
        segment.getItems().setAll(segments);
        segment.setConverter(Converters.forEnum(texts, texts.get("reminders.labels.anySegment")));
        segment.setValue(null);
        ComboBox<String> tag = new ComboBox<>();
        List<String> tagChoices = new ArrayList<>();
        tagChoices.add(null);
        tagChoices.addAll(tags.get());
        tag.getItems().setAll(tagChoices);
        tag.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? texts.get("reminders.labels.anyTag") : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        tag.setValue(null);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(texts.get("clients.field.segment")), segment);
        form.addRow(1, new Label(texts.get("clients.field.tags")), tag);
        ComboBox<SavedSegment> saved = new ComboBox<>();
        SegmentChoices.fill(saved, reminders.segmentChoices(), texts.get("reminders.labels.anySavedSegment"));
        form.addRow(2, new Label(texts.get("segments.title")), saved);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(remindersPane.getScene().getWindow());
        dialog.setTitle(texts.get("reminders.export.groupLabels"));
        dialog.setHeaderText(texts.get("reminders.labels.header"));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            reminders.exportLabels(segment.getValue(), tag.getValue(), saved.getValue());
        }
    }

    @FXML
    private void onSettings() {
        settings.open();
    }
}
