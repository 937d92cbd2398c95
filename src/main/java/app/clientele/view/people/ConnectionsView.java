package app.clientele.view.people;

import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.Household;
import app.clientele.domain.MemberRole;
import app.clientele.domain.Membership;
import app.clientele.domain.Relation;
import app.clientele.domain.RelationRole;
import app.clientele.i18n.Texts;
import app.clientele.view.ClientCompletion;
import app.clientele.view.Converters;
import app.clientele.view.Icons;
import app.clientele.viewmodel.people.ConnectionsViewModel;
import app.clientele.viewmodel.people.ConnectionsViewModel.Target;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Connections tab: binds the client's links, relations and household to {@link ConnectionsViewModel}. */
public final class ConnectionsView {
    private static final double LINE_HEIGHT = 34;
    private final ConnectionsViewModel connections;
    private final Texts texts;
    private final Consumer<ClientRef> openClient;

    @FXML private VBox connectionsPane;
    @FXML private Label referralsLabel;
    @FXML private Label membershipsTitle;
    @FXML private Label membershipsEmpty;
    @FXML private ListView<Membership> membershipList;
    @FXML private ComboBox<MemberRole> memberRoleChoice;
    @FXML private TextField memberField;
    @FXML private ListView<Relation> relationList;
    @FXML private ComboBox<RelationRole> relationRoleChoice;
    @FXML private TextField relationField;
    @FXML private VBox householdBox;
    @FXML private VBox noHouseholdBox;
    @FXML private VBox householdDetails;
    @FXML private Button startHouseholdButton;
    @FXML private Label addressedAsLabel;
    @FXML private Label householdAddressLabel;
    @FXML private TextField householdNameField;
    @FXML private ListView<Household.Member> householdList;
    @FXML private TextField householdField;

    public ConnectionsView(ConnectionsViewModel connections, Texts texts, Consumer<ClientRef> openClient) {
        this.connections = connections;
        this.texts = texts;
        this.openClient = openClient;
    }

    @FXML
    private void initialize() {
        connectionsPane.disableProperty().bind(connections.clientProperty().isNull());
        referralsLabel.textProperty().bind(connections.referralsTextProperty());

        membershipList.setItems(connections.memberships());
        membershipList.setCellFactory(list -> new LinkCell<>(membership -> connections.other(membership),
                connections::roleText, connections::unlink));
        memberRoleChoice.setItems(FXCollections.observableArrayList(MemberRole.values()));
        memberRoleChoice.setConverter(Converters.forEnum(texts, ""));
        memberRoleChoice.valueProperty().bindBidirectional(connections.memberRoleProperty());
        ClientCompletion.bind(memberField, text -> connections.suggestions(text, Target.MEMBERSHIP), connections::link);

        relationList.setItems(connections.relations());
        relationList.setCellFactory(list -> new LinkCell<>(Relation::other, connections::roleText, connections::unrelate));
        relationRoleChoice.setConverter(Converters.forEnum(texts, ""));
        relationRoleChoice.valueProperty().bindBidirectional(connections.relationRoleProperty());
        ClientCompletion.bind(relationField, text -> connections.suggestions(text, Target.RELATION), connections::relate);
        connections.clientProperty().addListener((observable, before, client) -> showKind(client));
        showKind(null);

        startHouseholdButton.setGraphic(Icons.action("home-account"));
        showWhile(noHouseholdBox, connections.householdProperty().isNull());
        showWhile(householdDetails, connections.householdProperty().isNotNull());
        addressedAsLabel.textProperty().bind(connections.householdProperty().map(Household::addressedAs).orElse(""));
        householdAddressLabel.textProperty().bind(connections.householdAddressProperty());
        householdNameField.textProperty().bindBidirectional(connections.householdNameProperty());
        householdNameField.promptTextProperty().bind(
                connections.householdProperty().map(Household::composedName).orElse(""));
        householdNameField.setOnAction(event -> connections.renameHousehold());
        householdNameField.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                connections.renameHousehold();
            }
        });
        householdList.setItems(connections.householdMembers());
        householdList.setCellFactory(list -> new MemberCell());
        for (ListView<?> list : List.of(membershipList, relationList, householdList)) {
            fitToItems(list);
        }
        ClientCompletion.bind(householdField, text -> connections.suggestions(text, Target.HOUSEHOLD),
                connections::addToHousehold);
    }

    /** A person has organisations and a household; an organisation has people. */
    private void showKind(ClientSummary client) {
        boolean organisation = client != null && client.isOrganisation();
        membershipsTitle.setText(texts.get(organisation ? "connections.people" : "connections.organisations"));
        membershipsEmpty.setText(texts.get(organisation ? "connections.people.empty" : "connections.organisations.empty"));
        memberField.setPromptText(texts.get(organisation ? "connections.person.prompt" : "connections.organisation.prompt"));
        householdBox.setVisible(!organisation);
        householdBox.setManaged(!organisation);
        // An organisation refers or is referred; family and work roles are for people.
        relationRoleChoice.getItems().setAll(Arrays.stream(RelationRole.values())
                .filter(role -> !organisation || !role.peopleOnly()).toList());
        if (!relationRoleChoice.getItems().contains(connections.relationRoleProperty().get())) {
            connections.relationRoleProperty().set(relationRoleChoice.getItems().get(0));
        }
    }

    @FXML
    private void onStartHousehold() {
        connections.startHousehold();
    }

    /** A list as tall as its lines (two to six of them), so short lists take little room and none scrolls early. */
    private static void fitToItems(ListView<?> list) {
        list.setFixedCellSize(LINE_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(2, Math.min(6, list.getItems().size())) * LINE_HEIGHT + 4, list.getItems()));
        list.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static void showWhile(Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** The other client (a link that opens them), a label, and a button that removes the line. */
    private HBox line(ClientRef other, Label label, Node... actions) {
        Hyperlink name = new Hyperlink(other.displayName());
        name.getStyleClass().add("client-link");
        name.setOnAction(event -> openClient.accept(other));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, label, name, spacer);
        row.getChildren().addAll(actions);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button button(String icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, Icons.action(icon));
        button.getStyleClass().add("flat");
        button.setTooltip(new Tooltip(texts.get(tooltipKey)));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A membership or relation: its role, the other client, and a remove button. */
    private final class LinkCell<T> extends ListCell<T> {
        private final Function<T, ClientRef> other;
        private final Function<T, String> role;
        private final Consumer<T> remove;

        LinkCell(Function<T, ClientRef> other, Function<T, String> role, Consumer<T> remove) {
            this.other = other;
            this.role = role;
            this.remove = remove;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label roleLabel = new Label(role.apply(item));
            roleLabel.getStyleClass().add("role-badge");
            setGraphic(line(other.apply(item), roleLabel, button("close", "action.remove", () -> remove.accept(item))));
        }
    }

    /** A household member: marked when main contact, else a button to make them so, and a remove button. */
    private final class MemberCell extends ListCell<Household.Member> {
        @Override
        protected void updateItem(Household.Member member, boolean empty) {
            super.updateItem(member, empty);
            if (empty || member == null) {
                setGraphic(null);
                return;
            }
            Household household = connections.householdProperty().get();
            boolean main = household != null && household.isMain(member.clientId());
            Label mark = new Label(main ? texts.get("households.main") : "");
            mark.getStyleClass().add(main ? "role-badge" : "muted");
            Button remove = button("close", "households.remove", () -> connections.removeFromHousehold(member));
            setGraphic(main ? line(member.ref(), mark, remove)
                    : line(member.ref(), mark, button("map-marker-outline", "households.makeMain",
                            () -> connections.makeMain(member)), remove));
        }
    }
}
