package app.clientele.view.clients;

import app.clientele.domain.AgeBand;
import app.clientele.domain.Client;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.ContactRecency;
import app.clientele.domain.CustomerType;
import app.clientele.domain.KeepInTouchState;
import app.clientele.domain.Relationship;
import app.clientele.domain.NewsletterStatus;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.Segment;
import app.clientele.i18n.Texts;
import app.clientele.text.Phones;
import app.clientele.view.Converters;
import app.clientele.view.Icons;
import app.clientele.view.LogsInteractions;
import app.clientele.view.interactions.ClientActivityView;
import app.clientele.viewmodel.clients.ClientFilters;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.data.ClientPrivacyViewModel;
import app.clientele.viewmodel.insights.SegmentsViewModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import atlantafx.base.controls.CustomTextField;

/** The Clients workspace: binds the list, the filters and the toolbar to {@link ClientsViewModel}. */
public final class ClientsView implements LogsInteractions {
    private final ClientsViewModel clients;
    private final ClientPrivacyViewModel privacy;
    private final SegmentsViewModel segments;
    private final Texts texts;
    private final Map<Long, TableColumn<ClientSummary, String>> customColumns = new LinkedHashMap<>();
    private boolean restoringSelection;

    @FXML private Button newButton;
    @FXML private Button saveButton;
    @FXML private Button archiveButton;
    @FXML private Button deleteButton;
    @FXML private MenuButton moreButton;
    @FXML private Label countLabel;
    @FXML private CustomTextField searchField;
    @FXML private ComboBox<Relationship> relationshipFilter;
    @FXML private ComboBox<CustomerType> customerTypeFilter;
    @FXML private ComboBox<String> tagFilter;
    @FXML private ComboBox<CustomField> fieldFilter;
    @FXML private ComboBox<String> fieldFilterValue;
    @FXML private CheckBox showArchivedCheck;
    @FXML private ToggleButton moreFiltersToggle;
    @FXML private Button saveSegmentButton;
    @FXML private FlowPane moreFiltersPane;
    @FXML private ComboBox<Segment> segmentFilter;
    @FXML private ComboBox<String> regionFilter;
    @FXML private ComboBox<AgeBand> ageBandFilter;
    @FXML private ComboBox<String> sourceFilter;
    @FXML private ComboBox<String> accountOwnerFilter;
    @FXML private ComboBox<ContactRecency> lastContactFilter;
    @FXML private ComboBox<Integer> lowestScoreFilter;
    @FXML private ComboBox<Integer> highestScoreFilter;
    @FXML private DatePicker addedFromPicker;
    @FXML private DatePicker addedToPicker;
    @FXML private ComboBox<KeepInTouchState> keepInTouchFilter;
    @FXML private ComboBox<RepeatBusiness> repeatFilter;
    @FXML private ComboBox<NewsletterStatus> newsletterFilter;
    @FXML private HBox appliedBar;
    @FXML private Label appliedLabel;
    @FXML private TableView<ClientSummary> clientTable;
    @FXML private TableColumn<ClientSummary, String> nameColumn;
    @FXML private TableColumn<ClientSummary, String> organisationColumn;
    @FXML private TableColumn<ClientSummary, String> emailColumn;
    @FXML private TableColumn<ClientSummary, String> phoneColumn;
    @FXML private TableColumn<ClientSummary, String> relationshipColumn;
    @FXML private TableColumn<ClientSummary, String> customerTypeColumn;
    @FXML private TableColumn<ClientSummary, String> tagsColumn;
    @FXML private TableColumn<ClientSummary, Instant> lastContactColumn;
    @FXML private TableColumn<ClientSummary, Long> daysSinceColumn;
    @FXML private TableColumn<ClientSummary, Integer> referralsColumn;
    @FXML private ClientActivityView activityController;

    public ClientsView(ClientsViewModel clients, SegmentsViewModel segments, ClientPrivacyViewModel privacy,
                       Texts texts) {
        this.clients = clients;
        this.segments = segments;
        this.privacy = privacy;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        newButton.setGraphic(Icons.action("account-plus-outline"));
        saveButton.setGraphic(Icons.action("content-save-outline"));
        deleteButton.setGraphic(Icons.action("delete-outline"));
        searchField.setLeft(Icons.action("magnify"));
        saveButton.disableProperty().bind(clients.form().dirtyProperty().and(clients.form().validProperty()).not()
                .or(clients.busyProperty()));
        clients.form().loadedProperty().addListener((observable, before, client) -> {
            if (archived(before) != archived(client)) {
                showArchiveState(archived(client));
            }
        });
        showArchiveState(false);
        archiveButton.disableProperty().bind(clients.form().loadedProperty().isNull());
        deleteButton.disableProperty().bind(clients.form().loadedProperty().isNull());
        moreButton.setGraphic(Icons.action("shield-lock-outline"));
        moreButton.disableProperty().bind(clients.form().loadedProperty().isNull());
        countLabel.textProperty().bind(clients.countTextProperty());

        searchField.textProperty().bindBidirectional(clients.searchTextProperty());
        filter(relationshipFilter, Converters.forEnum(texts, texts.get("clients.filter.anyRelationship")),
                Arrays.asList(Relationship.values()));
        relationshipFilter.valueProperty().bindBidirectional(clients.relationshipFilterProperty());
        filter(customerTypeFilter, Converters.forEnum(texts, texts.get("clients.filter.anyType")),
                Arrays.asList(CustomerType.values()));
        customerTypeFilter.valueProperty().bindBidirectional(clients.customerTypeFilterProperty());
        tagFilter.setItems(withNull(clients.tags()));
        clients.tags().addListener((ListChangeListener<String>) change -> tagFilter.setItems(withNull(clients.tags())));
        tagFilter.setConverter(nullAs(texts.get("clients.filter.anyTag")));
        tagFilter.valueProperty().bindBidirectional(clients.tagFilterProperty());
        showArchivedCheck.selectedProperty().bindBidirectional(clients.showArchivedProperty());
        fieldFilter.setItems(withNull(clients.customFields()));
        clients.customFields().addListener((ListChangeListener<CustomField>) change -> {
            fieldFilter.setItems(withNull(clients.customFields()));
            fieldFilter.setValue(clients.filters().fieldProperty().get());
            showCustomColumns();
        });
        fieldFilter.setConverter(Converters.of(CustomField::name, texts.get("fields.filter.anyField")));
        fieldFilter.valueProperty().bindBidirectional(clients.filters().fieldProperty());
        fieldFilterValue.getEditor().textProperty().bindBidirectional(clients.filters().fieldValueProperty());
        fieldFilterValue.disableProperty().bind(clients.filters().fieldProperty().isNull());
        clients.filters().fieldProperty().addListener((observable, before, field) -> {
            clients.filters().fieldValueProperty().set("");
            fieldFilterValue.setItems(FXCollections.observableArrayList(filterValues(field)));
        });
        bindMoreFilters(clients.filters());
        saveSegmentButton.setGraphic(Icons.action("tag-outline"));
        saveSegmentButton.disableProperty().bind(clients.filters().savableProperty().not());
        appliedLabel.textProperty().bind(clients.filterNoticeProperty());
        appliedBar.visibleProperty().bind(clients.filterNoticeProperty().isNotNull());
        appliedBar.managedProperty().bind(appliedBar.visibleProperty());

        column(nameColumn, ClientSummary::displayName);
        nameColumn.setCellFactory(column -> new TableCell<>() {
            // One icon per cell, shown or not: a new one for every row scrolled past would be styled anew.
            private final Region organisationIcon = Icons.action("office-building-outline", 14);

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                ClientSummary row = empty ? null : getTableRow().getItem();
                setText(empty ? null : name);
                setGraphic(row != null && row.isOrganisation() ? organisationIcon : null);
            }
        });
        column(organisationColumn, ClientSummary::organisation);
        column(emailColumn, ClientSummary::primaryEmail);
        column(phoneColumn, client -> Phones.format(client.firstPhone()));
        for (TableColumn<ClientSummary, String> textColumn : List.of(nameColumn, organisationColumn, emailColumn, tagsColumn)) {
            textColumn.setComparator(clients.textComparator());
        }
        column(relationshipColumn, client -> texts.of(client.relationship()));
        column(customerTypeColumn, client -> texts.of(client.customerType()));
        column(tagsColumn, client -> String.join(", ", client.tags()));
        lastContactColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().lastContact()));
        lastContactColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant lastContact, boolean empty) {
                super.updateItem(lastContact, empty);
                setText(empty || lastContact == null ? null : clients.dates().date(clients.dates().dayOf(lastContact)));
            }
        });
        daysSinceColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().lastContact() == null
                ? null : clients.dates().daysSince(cell.getValue().lastContact())));
        daysSinceColumn.getStyleClass().add("number-column");
        referralsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().referrals()));
        referralsColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Integer referrals, boolean empty) {
                super.updateItem(referrals, empty);
                setText(empty || referrals == null || referrals == 0 ? null : referrals.toString());
            }
        });
        referralsColumn.getStyleClass().add("number-column");
        showCustomColumns();
        clientTable.setItems(clients.visibleClients());
        clientTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Bindings.bindContent(clients.selectedRows(), clientTable.getSelectionModel().getSelectedItems());
        clientTable.setSortPolicy(table -> {
            clients.sort(table.getComparator());
            return true;
        });
        clientTable.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (!restoringSelection && !clients.select(after)) {
                restoreSelection(before);
            }
        });
        clients.selectedProperty().addListener((observable, before, after) -> restoreSelection(after));
    }

    /**
     * One optional column per field of the firm's own, hidden until the user shows it from the
     * table's column menu; a column keeps being shown when the fields are reloaded.
     */
    private void showCustomColumns() {
        Map<Long, Boolean> shown = new HashMap<>();
        customColumns.forEach((id, column) -> shown.put(id, column.isVisible()));
        clientTable.getColumns().removeAll(customColumns.values());
        customColumns.clear();
        for (CustomField field : clients.customFields()) {
            TableColumn<ClientSummary, String> column = new TableColumn<>(field.name());
            column.setId("customColumn" + field.id());
            column.setPrefWidth(120);
            column.setVisible(shown.getOrDefault(field.id(), false));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().customValues().text(field.id())));
            column.setComparator(clients.customValueTexts().order(field));
            column.setCellFactory(table -> new TableCell<>() {
                @Override
                protected void updateItem(String value, boolean empty) {
                    super.updateItem(value, empty);
                    setText(empty ? null : clients.customValueTexts().format(field, value));
                }
            });
            if (field.type() == CustomFieldType.NUMBER) {
                column.getStyleClass().add("number-column");
            }
            customColumns.put(field.id(), column);
            clientTable.getColumns().add(column);
        }
    }

    /** What a field's filter offers to pick: a choice list's values, yes and no; other fields are typed. */
    private List<String> filterValues(CustomField field) {
        if (field == null) {
            return List.of();
        }
        return switch (field.type()) {
            case CHOICE -> field.choices();
            case YES_NO -> List.of(texts.get("fields.yes"), texts.get("fields.no"));
            default -> List.of();
        };
    }

    /** The second row of filters: shown on request, and whenever one of them is set. */
    private void bindMoreFilters(ClientFilters filters) {
        moreFiltersToggle.textProperty().bind(filters.moreCountProperty().map(count -> count.intValue() == 0
                ? texts.get("clients.filter.more") : texts.get("clients.filter.moreSet", count)));
        filters.moreCountProperty().addListener((observable, before, count) -> {
            if (count.intValue() > 0) {
                moreFiltersToggle.setSelected(true);
            }
        });
        moreFiltersPane.visibleProperty().bind(moreFiltersToggle.selectedProperty());
        moreFiltersPane.managedProperty().bind(moreFiltersPane.visibleProperty());
        choice(segmentFilter, Segment.values(), "clients.filter.anySegment", filters.segmentProperty());
        choice(ageBandFilter, AgeBand.values(), "clients.filter.anyAge", filters.ageBandProperty());
        choice(lastContactFilter, ContactRecency.values(), "clients.filter.anyLastContact",
                filters.lastContactProperty());
        choice(keepInTouchFilter, KeepInTouchState.values(), "clients.filter.anyKeepInTouch",
                filters.keepInTouchProperty());
        choice(repeatFilter, RepeatBusiness.values(), "clients.filter.anyRepeat", filters.repeatProperty());
        choice(newsletterFilter, NewsletterStatus.values(), "clients.filter.anyNewsletter", filters.newsletterProperty());
        known(regionFilter, clients.regions(), filters.regionProperty());
        known(sourceFilter, clients.sources(), filters.sourceProperty());
        known(accountOwnerFilter, clients.accountOwners(), filters.accountOwnerProperty());
        for (ComboBox<Integer> score : List.of(lowestScoreFilter, highestScoreFilter)) {
            score.setItems(withNull(List.of(1, 2, 3, 4, 5)));
            score.setConverter(Converters.oneWay(value -> value == null ? texts.get("clients.filter.anyScore")
                    : value.toString()));
        }
        lowestScoreFilter.valueProperty().bindBidirectional(filters.lowestScoreProperty());
        highestScoreFilter.valueProperty().bindBidirectional(filters.highestScoreProperty());
        addedFromPicker.valueProperty().bindBidirectional(filters.addedFromProperty());
        addedToPicker.valueProperty().bindBidirectional(filters.addedToProperty());
    }

    private <E extends Enum<E>> void choice(ComboBox<E> box, E[] values, String anyKey, ObjectProperty<E> property) {
        filter(box, Converters.forEnum(texts, texts.get(anyKey)), Arrays.asList(values));
        box.valueProperty().bindBidirectional(property);
    }

    /** An editable choice of the values in use; typing another value filters by it too. */
    private static void known(ComboBox<String> box, ObservableList<String> values, ObjectProperty<String> property) {
        box.setItems(values);
        box.valueProperty().bindBidirectional(property);
    }

    @FXML
    private void onSaveSegment() {
        segments.saveCurrent();
    }

    @FXML
    private void onClearMore() {
        clients.filters().clearMore();
    }

    @FXML
    private void onClearFilter() {
        clients.clearFilter();
    }

    private static boolean archived(Client client) {
        return client != null && client.archived();
    }

    private void showArchiveState(boolean archived) {
        archiveButton.setText(texts.get(archived ? "action.restore" : "action.archive"));
        archiveButton.setGraphic(Icons.action(archived ? "archive-arrow-up-outline" : "archive-arrow-down-outline"));
    }

    /** Selects a row without asking the view-model again (it made or refused this choice itself). */
    private void restoreSelection(ClientSummary row) {
        restoringSelection = true;
        try {
            if (row == null) {
                clientTable.getSelectionModel().clearSelection();
            } else {
                // By position: selecting or scrolling to the row object would look for it again
                // among up to 100,000 rows, comparing every field of each.
                List<ClientSummary> items = clientTable.getItems();
                IntStream.range(0, items.size()).filter(index -> items.get(index).id() == row.id()).findFirst()
                        .ifPresent(index -> {
                            clientTable.getSelectionModel().select(index);
                            if (!inSight(index)) {
                                clientTable.scrollTo(index);
                            }
                        });
            }
        } finally {
            restoringSelection = false;
        }
    }

    /**
     * Whether the row is wholly on screen: a row the user clicked then stays where it is, instead of
     * the table jumping to put it at the top.
     */
    private boolean inSight(int index) {
        if (!(clientTable.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && first.getIndex() < index && index < last.getIndex();
    }

    @FXML
    private void onNew() {
        clients.newClient();
    }

    @FXML
    private void onSave() {
        clients.save();
    }

    @FXML
    private void onArchive() {
        clients.toggleArchived();
    }

    @FXML
    private void onDelete() {
        clients.delete();
    }

    @FXML
    private void onExportEverything() {
        privacy.exportEverything();
    }

    @FXML
    private void onErase() {
        privacy.erase();
    }

    /** Ctrl+L: log an interaction with the selected client. */
    @Override
    public void logInteraction() {
        activityController.logInteraction();
    }

    /** Puts the cursor in the search box (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private static void column(TableColumn<ClientSummary, String> column, Function<ClientSummary, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static <T> void filter(ComboBox<T> box, StringConverter<T> converter, List<T> values) {
        box.setItems(withNull(values));
        box.setConverter(converter);
    }

    private static <T> ObservableList<T> withNull(List<T> values) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        return FXCollections.observableArrayList(items);
    }

    private static StringConverter<String> nullAs(String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? nullText : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
