package app.clientele.view.interactions;

import app.clientele.domain.Channel;
import app.clientele.domain.Interaction;
import app.clientele.domain.InteractionQuery;
import app.clientele.i18n.Texts;
import app.clientele.view.Converters;
import app.clientele.view.Icons;
import app.clientele.view.LogsInteractions;
import app.clientele.viewmodel.interactions.InteractionsViewModel;
import atlantafx.base.controls.CustomTextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Every interaction across clients: binds the filters, the table and its server-side sorting. */
public final class InteractionsView implements LogsInteractions {
    private final InteractionsViewModel interactions;
    private final Texts texts;

    @FXML private Button logButton;
    @FXML private Label countLabel;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Channel> channelFilter;
    @FXML private CustomTextField clientFilterField;
    @FXML private CustomTextField textFilterField;
    @FXML private TableView<Interaction> interactionTable;
    @FXML private TableColumn<Interaction, Interaction> whenColumn;
    @FXML private TableColumn<Interaction, Channel> channelColumn;
    @FXML private TableColumn<Interaction, String> directionColumn;
    @FXML private TableColumn<Interaction, String> clientsColumn;
    @FXML private TableColumn<Interaction, String> subjectColumn;
    @FXML private TableColumn<Interaction, String> outcomeColumn;
    @FXML private TableColumn<Interaction, String> satisfactionColumn;
    @FXML private Label channelCountsLabel;
    @FXML private Button loadMoreButton;

    public InteractionsView(InteractionsViewModel interactions, Texts texts) {
        this.interactions = interactions;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        logButton.setGraphic(Icons.action("phone-log-outline"));
        countLabel.textProperty().bind(interactions.countTextProperty());
        fromPicker.valueProperty().bindBidirectional(interactions.fromProperty());
        toPicker.valueProperty().bindBidirectional(interactions.toProperty());
        List<Channel> channels = new ArrayList<>();
        channels.add(null);
        channels.addAll(Arrays.asList(Channel.values()));
        channelFilter.setItems(FXCollections.observableArrayList(channels));
        channelFilter.setConverter(Converters.forEnum(texts, texts.get("interactions.filter.anyChannel")));
        channelFilter.valueProperty().bindBidirectional(interactions.channelProperty());
        clientFilterField.setLeft(Icons.action("account-multiple-outline"));
        clientFilterField.textProperty().bindBidirectional(interactions.clientTextProperty());
        textFilterField.setLeft(Icons.action("magnify"));
        textFilterField.textProperty().bindBidirectional(interactions.textProperty());

        whenColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        whenColumn.setCellFactory(column -> textCell(interactions::when));
        channelColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().channel()));
        channelColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Channel channel, boolean empty) {
                super.updateItem(channel, empty);
                setText(empty || channel == null ? null : texts.of(channel));
                setGraphic(empty || channel == null ? null : ChannelIcons.of(channel, 16));
            }
        });
        column(directionColumn, interaction -> texts.of(interaction.direction()));
        column(clientsColumn, interactions::clientNames);
        clientsColumn.setSortable(false);
        column(subjectColumn, Interaction::subject);
        column(outcomeColumn, Interaction::outcome);
        column(satisfactionColumn, interaction -> Stars.of(interaction.satisfaction()));
        Map<TableColumn<Interaction, ?>, InteractionQuery.Sort> sorts = Map.of(
                whenColumn, InteractionQuery.Sort.DATE, channelColumn, InteractionQuery.Sort.CHANNEL,
                directionColumn, InteractionQuery.Sort.DIRECTION, subjectColumn, InteractionQuery.Sort.SUBJECT,
                satisfactionColumn, InteractionQuery.Sort.SATISFACTION);
        interactionTable.setItems(interactions.rows());
        // The database sorts (the table holds only a page); the table just reports the chosen column.
        interactionTable.setSortPolicy(table -> {
            TableColumn<Interaction, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
            interactions.sort(first == null ? null : sorts.get(first),
                    first != null && first.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        interactionTable.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                interactions.edit(interactionTable.getSelectionModel().getSelectedItem());
            }
        });
        interactionTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                interactions.edit(interactionTable.getSelectionModel().getSelectedItem());
            }
        });
        channelCountsLabel.textProperty().bind(interactions.channelCountsTextProperty());
        loadMoreButton.visibleProperty().bind(interactions.hasMoreProperty());
        interactions.activate();
    }

    /** Ctrl+L here: log a new interaction with the selected row's first client. */
    @Override
    public void logInteraction() {
        interactions.logLike(interactionTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onLogInteraction() {
        logInteraction();
    }

    @FXML
    private void onClearFilters() {
        interactions.clearFilters();
    }

    @FXML
    private void onLoadMore() {
        interactions.loadMore();
    }

    private static void column(TableColumn<Interaction, String> column, Function<Interaction, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static TableCell<Interaction, Interaction> textCell(Function<Interaction, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Interaction interaction, boolean empty) {
                super.updateItem(interaction, empty);
                setText(empty || interaction == null ? null : text.apply(interaction));
            }
        };
    }
}
