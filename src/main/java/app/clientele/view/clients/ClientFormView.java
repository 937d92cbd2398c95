package app.clientele.view.clients;

import app.clientele.domain.ClientKind;
import app.clientele.domain.CustomerType;
import app.clientele.domain.NameOrder;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import app.clientele.i18n.Texts;
import app.clientele.view.Converters;
import app.clientele.view.Icons;
import app.clientele.viewmodel.clients.ClientFormViewModel;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.clients.EmailEntry;
import app.clientele.viewmodel.clients.PhoneEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import app.clientele.viewmodel.clients.AccountOwners;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import org.controlsfx.control.textfield.TextFields;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the client form's controls to {@link ClientFormViewModel}; it holds no rules of its own. */
public final class ClientFormView {
    private static final List<String> EMAIL_LABELS = List.of("work", "home", "other");
    private static final List<String> PHONE_LABELS = List.of("mobile", "work", "home", "fax", "other");
    private static final RowKind<EmailEntry> EMAIL = new RowKind<>("emailLabel", "emailAddress", EMAIL_LABELS,
            "clients.field.email.prompt", EmailEntry::labelProperty, EmailEntry::addressProperty,
            EmailEntry::errorProperty);
    private static final RowKind<PhoneEntry> PHONE = new RowKind<>("phoneLabel", "phoneNumber", PHONE_LABELS,
            "clients.field.phone.prompt", PhoneEntry::labelProperty, PhoneEntry::numberProperty,
            PhoneEntry::errorProperty);

    private final ClientFormViewModel form;
    private final Texts texts;

    @FXML private Label titleLabel;
    @FXML private Label archivedBadge;
    @FXML private Label timestampsLabel;
    @FXML private TextField displayNameField;
    @FXML private Label nameError;
    @FXML private TextField familyNameField;
    @FXML private TextField givenNameField;
    @FXML private ComboBox<NameOrder> nameOrderChoice;
    @FXML private TextField honorificField;
    @FXML private TextField nicknameField;
    @FXML private TextField organisationField;
    @FXML private TextField jobTitleField;
    @FXML private ComboBox<Relationship> relationshipChoice;
    @FXML private ComboBox<Segment> segmentChoice;
    @FXML private ComboBox<CustomerType> customerTypeChoice;
    @FXML private CheckBox internalCheck;
    @FXML private TextField accountOwnerField;
    @FXML private TextField sourceField;
    @FXML private TextField tagsField;
    @FXML private Label tagsError;
    @FXML private Button addEmailButton;
    @FXML private VBox emailsBox;
    @FXML private Button addPhoneButton;
    @FXML private VBox phonesBox;
    @FXML private TextField streetField;
    @FXML private TextField unitField;
    @FXML private TextField cityField;
    @FXML private TextField regionField;
    @FXML private TextField postcodeField;
    @FXML private TextField countryField;
    @FXML private TextField jibunField;
    @FXML private GridPane addressGrid;
    @FXML private Label streetLabel;
    @FXML private Label unitLabel;
    @FXML private Label jibunLabel;
    @FXML private Label cityLabel;
    @FXML private Label regionLabel;
    @FXML private Label postcodeLabel;
    @FXML private Label countryLabel;
    @FXML private Label addressError;
    @FXML private ComboBox<Integer> birthMonthChoice;
    @FXML private ComboBox<Integer> birthDayChoice;
    @FXML private TextField birthYearField;
    @FXML private CheckBox lunarCheck;
    @FXML private CheckBox leapMonthCheck;
    @FXML private Label birthdayError;
    @FXML private TextArea notesArea;
    @FXML private RadioButton personRadio;
    @FXML private RadioButton organisationRadio;
    @FXML private Label familyNameLabel;
    @FXML private Label givenNameLabel;
    @FXML private Label nameOrderLabel;
    @FXML private Label organisationLabel;
    @FXML private Label jobTitleLabel;
    @FXML private Label birthdayTitle;
    @FXML private VBox birthdayBox;

    private final AccountOwners owners;
    private final List<EmailRow> emailRows = new ArrayList<>();
    private final List<PhoneRow> phoneRows = new ArrayList<>();
    private final ToggleGroup primaryEmail = new ToggleGroup();

    public ClientFormView(ClientsViewModel clients, Texts texts, AccountOwners owners) {
        this.form = clients.form();
        this.texts = texts;
        this.owners = owners;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(form.titleProperty());
        timestampsLabel.textProperty().bind(form.timestampsProperty());
        archivedBadge.visibleProperty().bind(form.loadedProperty().map(client -> client.archived()).orElse(false));
        archivedBadge.managedProperty().bind(archivedBadge.visibleProperty());

        bind(displayNameField, form.displayNameProperty());
        bind(familyNameField, form.familyNameProperty());
        bind(givenNameField, form.givenNameProperty());
        bind(honorificField, form.honorificProperty());
        bind(nicknameField, form.nicknameProperty());
        bind(organisationField, form.organisationProperty());
        bind(jobTitleField, form.jobTitleProperty());
        bind(accountOwnerField, form.accountOwnerProperty());
        TextFields.bindAutoCompletion(accountOwnerField, request -> owners.suggestions(request.getUserText()));
        accountOwnerField.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                owners.load();
            }
        });
        bind(sourceField, form.sourceProperty());
        bind(tagsField, form.tagsProperty());
        bind(streetField, form.streetProperty());
        bind(unitField, form.unitProperty());
        bind(cityField, form.cityProperty());
        bind(regionField, form.regionProperty());
        bind(postcodeField, form.postcodeProperty());
        bind(countryField, form.countryProperty());
        bind(jibunField, form.jibunProperty());
        orderAddressFields();
        bind(birthYearField, form.birthYearProperty());
        notesArea.textProperty().bindBidirectional(form.notesProperty());

        choices(nameOrderChoice, Converters.forEnum(texts, texts.get("NameOrder.AUTOMATIC")),
                withNull(NameOrder.values()));
        nameOrderChoice.setPromptText(texts.get("NameOrder.AUTOMATIC"));
        nameOrderChoice.valueProperty().bindBidirectional(form.nameOrderProperty());
        choices(relationshipChoice, Converters.forEnum(texts, ""), Arrays.asList(Relationship.values()));
        relationshipChoice.valueProperty().bindBidirectional(form.relationshipProperty());
        choices(segmentChoice, Converters.forEnum(texts, ""), Arrays.asList(Segment.values()));
        segmentChoice.valueProperty().bindBidirectional(form.segmentProperty());
        choices(customerTypeChoice, Converters.forEnum(texts, ""), Arrays.asList(CustomerType.values()));
        customerTypeChoice.valueProperty().bindBidirectional(form.customerTypeProperty());
        internalCheck.selectedProperty().bindBidirectional(form.internalProperty());

        choices(birthMonthChoice, Converters.forMonth(texts), IntStream.rangeClosed(1, 12).boxed().toList());
        birthMonthChoice.valueProperty().bindBidirectional(form.birthMonthProperty());
        choices(birthDayChoice, Converters.forNumber(), IntStream.rangeClosed(1, 31).boxed().toList());
        birthDayChoice.valueProperty().bindBidirectional(form.birthDayProperty());
        lunarCheck.selectedProperty().bindBidirectional(form.lunarBirthdayProperty());
        leapMonthCheck.selectedProperty().bindBidirectional(form.leapMonthProperty());
        leapMonthCheck.disableProperty().bind(form.lunarBirthdayProperty().not());

        bindKind();
        showError(nameError, form.nameErrorProperty());
        showError(tagsError, form.tagsErrorProperty());
        showError(birthdayError, form.birthdayErrorProperty());
        showError(addressError, form.addressErrorProperty());

        addEmailButton.setGraphic(Icons.action("plus"));
        addPhoneButton.setGraphic(Icons.action("plus"));
        form.emails().addListener((ListChangeListener<EmailEntry>) change -> {
            if (isStructural(change)) {
                showEmailRows();
            }
        });
        form.phones().addListener((ListChangeListener<PhoneEntry>) change -> {
            if (isStructural(change)) {
                showPhoneRows();
            }
        });
        showEmailRows();
        showPhoneRows();
    }

    /** Person or organisation: an organisation has no family name, employer or birthday, and is always Business. */
    private void bindKind() {
        ToggleGroup kinds = new ToggleGroup();
        personRadio.setToggleGroup(kinds);
        organisationRadio.setToggleGroup(kinds);
        personRadio.setUserData(ClientKind.PERSON);
        organisationRadio.setUserData(ClientKind.ORGANISATION);
        form.kindProperty().addListener((observable, before, kind) -> showKind(kinds, kind));
        showKind(kinds, form.kindProperty().get());
        kinds.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after != null) {
                form.kindProperty().set((ClientKind) after.getUserData());
            }
        });
        var person = form.kindProperty().isEqualTo(ClientKind.PERSON);
        for (javafx.scene.Node node : new javafx.scene.Node[] {familyNameLabel, familyNameField, givenNameLabel,
                givenNameField, nameOrderLabel, nameOrderChoice, organisationLabel, organisationField, jobTitleLabel,
                jobTitleField, birthdayTitle, birthdayBox}) {
            node.visibleProperty().bind(person);
            node.managedProperty().bind(person);
        }
        segmentChoice.disableProperty().bind(person.not());
    }

    private static void showKind(ToggleGroup kinds, ClientKind kind) {
        kinds.getToggles().stream().filter(toggle -> toggle.getUserData() == kind).findFirst()
                .ifPresent(kinds::selectToggle);
    }

    @FXML
    private void onAddEmail() {
        form.addEmail();
        emailRows.get(form.emails().size() - 1).field.requestFocus();
    }

    @FXML
    private void onAddPhone() {
        form.addPhone();
        phoneRows.get(form.phones().size() - 1).field.requestFocus();
    }

    private void showEmailRows() {
        showRows(form.emails(), emailRows, emailsBox, EmailRow::new);
    }

    private void showPhoneRows() {
        showRows(form.phones(), phoneRows, phonesBox, PhoneRow::new);
    }

    @FXML
    private void onClearBirthday() {
        form.birthMonthProperty().set(null);
        form.birthDayProperty().set(null);
        form.birthYearProperty().set("");
        form.lunarBirthdayProperty().set(false);
    }

    /**
     * Shows one row per entry. Rows once made are kept and bound to the entries of the client shown
     * now, and the rows beyond them are hidden: opening another client would otherwise make and style
     * new combo boxes and fields every time.
     */
    private static <E, R extends EntryRow<E>> void showRows(List<E> entries, List<R> rows, VBox box,
                                                            IntFunction<R> newRow) {
        while (rows.size() < entries.size()) {
            R row = newRow.apply(rows.size());
            rows.add(row);
            box.getChildren().add(row.node);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).bindTo(i < entries.size() ? entries.get(i) : null);
        }
    }

    /**
     * What differs between an email row and a phone row: the ids and prompt of its controls, its label
     * choices, and where its entry keeps the label, the text and the error.
     */
    private record RowKind<E>(String labelId, String fieldId, List<String> labels, String promptKey,
                              Function<E, StringProperty> labelOf, Function<E, StringProperty> textOf,
                              Function<E, StringExpression> errorOf) {
    }

    /** An email or phone row: its label choice, its text field and its error line, bound to one entry. */
    private class EntryRow<E> {
        final ComboBox<String> label = new ComboBox<>();
        final TextField field = new TextField();
        final Label error = new Label();
        final HBox line;
        final VBox node;
        private final RowKind<E> kind;
        E entry;

        EntryRow(RowKind<E> kind, int index) {
            this.kind = kind;
            label.setId(kind.labelId() + index);
            label.setEditable(true);
            label.setConverter(Converters.forContactLabel(texts, kind.labels()));
            label.setPrefWidth(110);
            field.setId(kind.fieldId() + index);
            field.setPromptText(texts.get(kind.promptKey()));
            error.getStyleClass().add("field-error");
            line = new HBox(6, label, field);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(field, Priority.ALWAYS);
            node = new VBox(2, line, error);
        }

        /** Shows the entry, or hides the row when there is none. */
        void bindTo(E next) {
            if (next == entry) {
                return;
            }
            if (entry != null) {
                unbind();
            }
            entry = next;
            node.setVisible(next != null);
            node.setManaged(next != null);
            if (next == null) {
                return;
            }
            String current = kind.labelOf().apply(next).get();
            List<String> choices = new ArrayList<>(kind.labels());
            if (current != null && !current.isEmpty() && !kind.labels().contains(current)) {
                choices.add(current);
            }
            if (!label.getItems().equals(choices)) {
                label.getItems().setAll(choices);
            }
            label.valueProperty().bindBidirectional(kind.labelOf().apply(next));
            field.textProperty().bindBidirectional(kind.textOf().apply(next));
            showError(error, kind.errorOf().apply(next));
        }

        void unbind() {
            label.valueProperty().unbindBidirectional(kind.labelOf().apply(entry));
            field.textProperty().unbindBidirectional(kind.textOf().apply(entry));
            error.textProperty().unbind();
            error.visibleProperty().unbind();
        }

        void addRemoveButton(String id, Runnable action) {
            Button remove = new Button(null, Icons.action("close"));
            remove.setId(id);
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip(texts.get("action.remove")));
            remove.setOnAction(event -> action.run());
            line.getChildren().add(remove);
        }
    }

    private final class EmailRow extends EntryRow<EmailEntry> {
        private final RadioButton primary = new RadioButton(texts.get("clients.field.primary"));

        EmailRow(int index) {
            super(EMAIL, index);
            primary.setId("emailPrimary" + index);
            primary.setToggleGroup(primaryEmail);
            line.getChildren().add(primary);
            addRemoveButton("emailRemove" + index, () -> form.removeEmail(entry));
        }

        @Override
        void bindTo(EmailEntry next) {
            if (next != entry) {
                super.bindTo(next);
                if (next != null) {
                    primary.selectedProperty().bindBidirectional(next.primaryProperty());
                }
            }
        }

        @Override
        void unbind() {
            super.unbind();
            primary.selectedProperty().unbindBidirectional(entry.primaryProperty());
        }
    }

    private final class PhoneRow extends EntryRow<PhoneEntry> {
        PhoneRow(int index) {
            super(PHONE, index);
            field.focusedProperty().addListener((observable, wasFocused, focused) -> {
                if (!focused && entry != null) {
                    entry.tidy();
                }
            });
            addRemoveButton("phoneRemove" + index, () -> form.removePhone(entry));
        }
    }

    /**
     * Korean users fill an address from the large to the small (postcode, province, city, road,
     * unit); everyone else from the street to the country.
     */
    private void orderAddressFields() {
        Map<Label, TextField> fields = Map.of(postcodeLabel, postcodeField, regionLabel, regionField,
                cityLabel, cityField, streetLabel, streetField, unitLabel, unitField, jibunLabel, jibunField,
                countryLabel, countryField);
        List<Label> order = "ko".equals(texts.locale().getLanguage())
                ? List.of(postcodeLabel, regionLabel, cityLabel, streetLabel, unitLabel, jibunLabel, countryLabel)
                : List.of(streetLabel, unitLabel, cityLabel, regionLabel, postcodeLabel, countryLabel, jibunLabel);
        for (int row = 0; row < order.size(); row++) {
            GridPane.setRowIndex(order.get(row), row);
            GridPane.setRowIndex(fields.get(order.get(row)), row);
        }
    }

    private static boolean isStructural(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (!change.wasUpdated()) {
                return true;
            }
        }
        return false;
    }

    private static void bind(TextField field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    private static void showError(Label label, StringExpression error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <T> void choices(ComboBox<T> box, javafx.util.StringConverter<T> converter, List<T> values) {
        box.setItems(FXCollections.observableArrayList(values));
        box.setConverter(converter);
    }

    @SafeVarargs
    private static <T> List<T> withNull(T... values) {
        List<T> list = new ArrayList<>();
        list.add(null);
        list.addAll(Arrays.asList(values));
        return list;
    }
}
