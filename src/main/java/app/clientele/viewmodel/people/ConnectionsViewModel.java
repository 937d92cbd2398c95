package app.clientele.viewmodel.people;

import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.ConnectionRepository;
import app.clientele.domain.Connections;
import app.clientele.domain.Household;
import app.clientele.domain.HouseholdRepository;
import app.clientele.domain.MemberRole;
import app.clientele.domain.Membership;
import app.clientele.domain.Relation;
import app.clientele.domain.RelationRole;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import app.clientele.text.AddressFormat;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected client's Connections tab: the organisations a person belongs to (or an
 * organisation's people), their relations with the inverse role shown on the other side, how many
 * clients they referred, and their household. Every change is stored at once.
 */
public final class ConnectionsViewModel {
    static final int SUGGESTION_LIMIT = 8;

    private final ConnectionRepository connections;
    private final HouseholdRepository households;
    private final Texts texts;
    private final Supplier<List<ClientSummary>> clients;
    private final Consumer<Collection<Long>> changed;
    private final BusyRunner runner;
    private final ReadOnlyObjectWrapper<ClientSummary> client = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Membership> memberships = FXCollections.observableArrayList();
    private final ObservableList<Relation> relations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integer> referrals = new ReadOnlyObjectWrapper<>(0);
    private final ReadOnlyObjectWrapper<Household> household = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Household.Member> householdMembers = FXCollections.observableArrayList();
    private final ObjectProperty<MemberRole> memberRole = new SimpleObjectProperty<>(MemberRole.EMPLOYEE);
    private final ObjectProperty<RelationRole> relationRole = new SimpleObjectProperty<>(RelationRole.SPOUSE);
    private final StringProperty householdName = new SimpleStringProperty("");
    private final StringBinding referralsText;
    private final StringBinding householdAddress;

    /**
     * @param clients every client loaded, for suggestions
     * @param changed told the ids of clients whose links changed (their rows show the referral count)
     */
    public ConnectionsViewModel(ConnectionRepository connections, HouseholdRepository households, TaskRunner tasks,
                                Dialogs dialogs, Texts texts, Supplier<List<ClientSummary>> clients,
                                Consumer<Collection<Long>> changed) {
        this.connections = connections;
        this.households = households;
        this.texts = texts;
        this.clients = clients;
        this.changed = changed;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        referralsText = Bindings.createStringBinding(() -> texts.get("connections.referrals", referrals.get()), referrals);
        householdAddress = Bindings.createStringBinding(() -> household.get() == null ? ""
                : String.join("\n", AddressFormat.lines(household.get().address(), false)), household);
    }

    /** Shows a client's connections; null clears the tab. */
    public void open(ClientSummary summary) {
        client.set(summary);
        if (summary == null) {
            show(new Loaded(new Connections(0, List.of(), List.of(), 0), Optional.empty()));
            return;
        }
        long id = summary.id();
        runner.run("task.loadConnections", progress -> new Loaded(connections.of(id), households.ofClient(id)),
                loaded -> {
                    if (client.get() != null && client.get().id() == id) {
                        show(loaded);
                    }
                });
    }

    private record Loaded(Connections connections, Optional<Household> household) {
    }

    private void show(Loaded loaded) {
        showConnections(loaded.connections());
        showHousehold(loaded.household().orElse(null));
    }

    private void showConnections(Connections shown) {
        memberships.setAll(shown.memberships());
        relations.setAll(shown.relations());
        referrals.set(shown.referrals());
    }

    private void showHousehold(Household shown) {
        household.set(shown);
        householdMembers.setAll(shown == null ? List.of() : shown.members());
        householdName.set(shown == null ? "" : Strings.trimToEmpty(shown.name()));
    }

    /**
     * Clients to link whose name (or other searchable text) matches: organisations for a person's
     * organisations, people for an organisation's people or for a relation in a family or work role.
     */
    public List<ClientRef> suggestions(String text, Target target) {
        ClientSummary current = client.get();
        if (current == null || Strings.isBlank(text)) {
            return List.of();
        }
        Predicate<ClientSummary> matches = new ClientFilter(text, null, null, null, false).matcher();
        Predicate<ClientSummary> fits = switch (target) {
            case MEMBERSHIP -> other -> other.isOrganisation() != current.isOrganisation();
            case RELATION -> other -> !relationRole.get().peopleOnly() || !other.isOrganisation();
            case HOUSEHOLD -> other -> !other.isOrganisation()
                    && householdMembers.stream().noneMatch(member -> member.clientId() == other.id());
        };
        return clients.get().stream().filter(other -> other.id() != current.id()).filter(fits).filter(matches)
                .limit(SUGGESTION_LIMIT).map(ClientSummary::ref).toList();
    }

    /** What a suggestion is for. */
    public enum Target { MEMBERSHIP, RELATION, HOUSEHOLD }

    /** Links a person and an organisation, whichever of them is open, with the chosen role. */
    public void link(ClientRef other) {
        ClientSummary current = client.get();
        MemberRole role = memberRole.get();
        long organisation = current.isOrganisation() ? current.id() : other.id();
        long person = current.isOrganisation() ? other.id() : current.id();
        store(() -> connections.link(organisation, person, role), List.of());
    }

    public void unlink(Membership membership) {
        store(() -> connections.unlink(membership.organisation().id(), membership.person().id()), List.of());
    }

    /** Records what {@code other} is to the open client, in the chosen role. */
    public void relate(ClientRef other) {
        long id = client.get().id();
        RelationRole role = relationRole.get();
        store(() -> connections.relate(id, other.id(), role), List.of(id, other.id()));
    }

    public void unrelate(Relation relation) {
        long id = client.get().id();
        store(() -> connections.unrelate(id, relation.other().id(), relation.role()), List.of(id, relation.other().id()));
    }

    /** Starts a household with the open person as its main contact. */
    public void startHousehold() {
        long id = client.get().id();
        storeHousehold(() -> households.start(id));
    }

    public void addToHousehold(ClientRef person) {
        long householdId = household.get().id();
        storeHousehold(() -> households.add(householdId, person.id()));
    }

    /** Takes a member out of the household (the open client too, who then has none). */
    public void removeFromHousehold(Household.Member member) {
        long id = client.get().id();
        storeHousehold(() -> {
            households.leave(member.clientId());
            return households.ofClient(id).orElse(null);
        });
    }

    /** Makes a member the main contact: the household's letters go to their address. */
    public void makeMain(Household.Member member) {
        storeHousehold(() -> households.makeMain(member.clientId()));
    }

    /** Stores the name typed for the household; blank goes back to the composed name. */
    public void renameHousehold() {
        Household current = household.get();
        if (current == null || Strings.trimToEmpty(current.name()).equals(Strings.trimToEmpty(householdName.get()))) {
            return;
        }
        String name = householdName.get();
        storeHousehold(() -> households.rename(current, name));
    }

    /** "Spouse", "Parent", "Referred by": what the other client is to the open one. */
    public String roleText(Relation relation) {
        return texts.of(relation.role());
    }

    public String roleText(Membership membership) {
        return texts.of(membership.role());
    }

    /** The client at the other end of a membership: the organisation on a person's tab, the person on an organisation's. */
    public ClientRef other(Membership membership) {
        return membership.other(client.get() == null ? 0 : client.get().id());
    }

    private void store(Runnable change, List<Long> touched) {
        long id = client.get().id();
        runner.run("task.saveConnections", progress -> {
            change.run();
            return connections.of(id);
        }, stored -> {
            showConnections(stored);
            if (!touched.isEmpty()) {
                changed.accept(touched);
            }
        });
    }

    private void storeHousehold(Supplier<Household> change) {
        runner.run("task.saveConnections", progress -> change.get(), this::showHousehold);
    }

    public ReadOnlyObjectProperty<ClientSummary> clientProperty() { return client.getReadOnlyProperty(); }
    public ObservableList<Membership> memberships() { return memberships; }
    public ObservableList<Relation> relations() { return relations; }
    public StringBinding referralsTextProperty() { return referralsText; }
    public ReadOnlyObjectProperty<Household> householdProperty() { return household.getReadOnlyProperty(); }
    public ObservableList<Household.Member> householdMembers() { return householdMembers; }
    public StringProperty householdNameProperty() { return householdName; }
    public StringBinding householdAddressProperty() { return householdAddress; }
    public ObjectProperty<MemberRole> memberRoleProperty() { return memberRole; }
    public ObjectProperty<RelationRole> relationRoleProperty() { return relationRole; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
}
