package app.clientele.viewmodel.insights;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.Client;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.Interaction;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import app.clientele.i18n.Texts;
import app.clientele.insights.Insights;
import app.clientele.insights.Month;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiInsightsRepository;
import app.clientele.persistence.JdbiInteractionRepository;
import app.clientele.persistence.JdbiSavedSegmentRepository;
import app.clientele.persistence.JdbiTrash;
import app.clientele.testutil.MutableClock;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.insights.TypeSuggestionViewModel.State;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard, segments and type suggestion view-models on a real database, tasks run at once. */
class InsightsViewModelsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path folder;
    private Database database;
    private final MutableClock clock = MutableClock.at("2026-03-15T12:00", SEOUL);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Texts texts = new Texts(Locale.ENGLISH);
    private final Dates dates = new Dates(clock, texts);
    private final HistoryChanges changes = new HistoryChanges();
    private final List<String> shownSections = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private JdbiClientRepository clientRepository;
    private JdbiInteractionRepository interactions;
    private ClientsViewModel clients;
    private ClientRef kim;
    private ClientRef lee;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        clientRepository = new JdbiClientRepository(database.jdbi(), clock);
        interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        kim = ref(clientRepository.create(aClient().withName("Kim").withSegment(Segment.BUSINESS).build()));
        lee = ref(clientRepository.create(aClient().withName("Lee").withRelationship(Relationship.CUSTOMER).build()));
        clientRepository.create(aClient().withName("Moon").withSegment(Segment.BUSINESS).build());
        clients = new ClientsViewModel(clientRepository, new JdbiCustomFieldRepository(database.jdbi(), clock),
                new JdbiTrash(database.jdbi(), clock), new UndoHistory(), new HistoryChanges(), tasks, dialogs, texts, dates);
        clients.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savingTheCurrentFilters_addsASegmentWithItsLiveCount_andOpeningItShowsItsClients() {
        SegmentsViewModel segments = segments();
        clients.filters().segmentProperty().set(Segment.BUSINESS);
        dialogs.answerText("B2B");

        segments.saveCurrent();

        assertEquals(List.of("B2B: 2"), items(segments));
        assertEquals("Segment: B2B", clients.filterNoticeProperty().get());
        clients.clearFilter();
        assertEquals(3, clients.visibleClients().size());
        assertNull(clients.filterNoticeProperty().get());

        segments.open(segments.items().get(0));
        assertEquals(List.of("clients"), shownSections);
        assertEquals(List.of("Kim", "Moon"), visibleNames());
        assertEquals("Segment: B2B", clients.filterNoticeProperty().get());

        clients.searchTextProperty().set("Moon");
        assertNull(clients.filterNoticeProperty().get(), "the list no longer shows the segment as it is");
    }

    @Test
    void segmentCounts_followTheClients() {
        SegmentsViewModel segments = segments();
        clients.filters().segmentProperty().set(Segment.BUSINESS);
        dialogs.answerText("B2B");
        segments.saveCurrent();

        clients.newClient();
        clients.form().displayNameProperty().set("Park");
        clients.form().segmentProperty().set(Segment.BUSINESS);
        clients.save();

        assertEquals(List.of("B2B: 3"), items(segments));
    }

    @Test
    void segmentNames_mustBeFree_andRenameAndDeleteAskFirst() {
        SegmentsViewModel segments = segments();
        clients.filters().relationshipProperty().set(Relationship.CUSTOMER);
        dialogs.answerText("Customers").answerText("customers");
        segments.saveCurrent();
        segments.saveCurrent();
        assertEquals(List.of("There is already a segment named “customers”. Choose another name."), dialogs.errors());

        dialogs.answerText("Retail");
        segments.rename(segments.items().get(0));
        assertEquals(List.of("Retail: 1"), items(segments));

        dialogs.answerConfirm(false).answerConfirm(true);
        segments.delete(segments.items().get(0));
        assertEquals(1, segments.items().size());
        segments.delete(segments.items().get(0));
        assertEquals(List.of(), items(segments));
    }

    @Test
    void clientsPickedOnTheDashboard_cannotBeSavedAsASegment() {
        SegmentsViewModel segments = segments();
        clients.applyFilter(ClientFilter.builder().clientIds(Set.of(kim.id(), lee.id())).build(), "picked");
        clients.searchTextProperty().set("e");

        assertEquals("Only the 2 clients picked on the dashboard", clients.filterNoticeProperty().get());
        assertFalse(clients.filters().savableProperty().get());
        segments.saveCurrent();
        assertTrue(dialogs.errors().get(0).startsWith("Clients picked on the dashboard are a fixed list"));
    }

    @Test
    void aSliceOpensTheClientsView_filteredAndLabelled() {
        DashboardViewModel dashboard = dashboard();
        dashboard.load();
        assertEquals(3, dashboard.dashboardProperty().get().activeClients());
        assertEquals("3 active clients · as of Mar 15, 2026", dashboard.summaryProperty().get());

        dashboard.showRelationship(Relationship.CUSTOMER);

        assertEquals(List.of("Dashboard: relationship Customer"), opened);
        assertEquals(List.of("Lee"), visibleNames());
    }

    @Test
    void aBarOfInteractions_opensTheClientsBehindIt() {
        interactions.create(Interaction.with(kim, clock.instant().minusSeconds(3600), Channel.PHONE_CALL,
                Direction.INBOUND, "call"));
        interactions.create(Interaction.with(lee, clock.instant().minusSeconds(3600), Channel.EMAIL,
                Direction.OUTBOUND, "mail"));
        DashboardViewModel dashboard = dashboard();
        dashboard.load();
        Month march = dashboard.dashboardProperty().get().interactions().get(11).month();

        dashboard.showContacted(march, Channel.PHONE_CALL);

        assertEquals(List.of("Dashboard: Phone call in March 2026"), opened);
        assertEquals(List.of("Kim"), visibleNames());
        assertEquals("Mar 26", dashboard.monthLabel(march));
    }

    @Test
    void savingAChartPicture_writesWhereTheUserChose_andCancelWritesNothing() throws Exception {
        DashboardViewModel dashboard = dashboard();
        Path picture = folder.resolve("chart.png");
        dialogs.answerFile(picture).answerFile(null);

        dashboard.savePicture("By segment", file -> Files.writeString(file, "png"));
        dashboard.savePicture("By segment", file -> Files.writeString(folder.resolve("never.png"), "png"));

        assertEquals("png", Files.readString(picture));
        assertFalse(Files.exists(folder.resolve("never.png")));
        assertEquals(List.of("save:Clientele By segment 2026-03-15.png", "save:Clientele By segment 2026-03-15.png"),
                dialogs.asked());
    }

    @Test
    void aLowLastScore_suggestsUnhappy_andAcceptingStoresIt() {
        SimpleBooleanProperty dirty = new SimpleBooleanProperty(false);
        List<Client> stored = new ArrayList<>();
        TypeSuggestionViewModel suggestion = suggestion(dirty, stored);
        scored(kim, "2026-03-10T10:00", 2);

        suggestion.open(clientRepository.find(kim.id()).orElseThrow());

        assertEquals(State.SUGGESTED, suggestion.stateProperty().get());
        assertEquals("Suggested customer type: Unhappy", suggestion.headlineProperty().get());
        assertEquals("Why: last satisfaction score 2 on Mar 10, 2026.", suggestion.reasonsProperty().get());
        assertEquals("Use Unhappy", suggestion.acceptTextProperty().get());
        assertEquals("Keep New", suggestion.keepTextProperty().get());

        dirty.set(true);
        suggestion.accept();
        assertEquals(List.of(), stored, "not while the form has unsaved changes");

        dirty.set(false);
        suggestion.accept();
        assertEquals(CustomerType.UNHAPPY, stored.get(0).customerType());
        suggestion.open(stored.get(0));
        assertEquals(State.AGREED, suggestion.stateProperty().get());
        assertEquals("The history agrees: Unhappy", suggestion.headlineProperty().get());
    }

    @Test
    void keepingTheType_sticks_untilTheHistorySaysSomethingNew() {
        List<Client> stored = new ArrayList<>();
        TypeSuggestionViewModel suggestion = suggestion(new SimpleBooleanProperty(false), stored);
        scored(kim, "2026-03-10T10:00", 1);
        suggestion.open(clientRepository.find(kim.id()).orElseThrow());

        suggestion.keep();
        suggestion.open(stored.get(0));

        assertEquals(State.OVERRIDDEN, suggestion.stateProperty().get());
        assertEquals("The history suggests Unhappy; you chose New.", suggestion.headlineProperty().get());

        scored(kim, "2026-03-12T10:00", 5);
        changes.fire(List.of(kim.id()));
        assertEquals(State.AGREED, suggestion.stateProperty().get(), "a first contact this month: New");
    }

    @Test
    void noHistory_meansNoSuggestion() {
        TypeSuggestionViewModel suggestion = suggestion(new SimpleBooleanProperty(false), new ArrayList<>());

        suggestion.open(clientRepository.find(lee.id()).orElseThrow());

        assertEquals(State.NONE, suggestion.stateProperty().get());
        assertEquals("", suggestion.headlineProperty().get());
    }

    private SegmentsViewModel segments() {
        SegmentsViewModel segments = new SegmentsViewModel(new JdbiSavedSegmentRepository(database.jdbi(), clock),
                clients, shownSections::add, "clients", tasks, dialogs, texts, dates);
        segments.load();
        return segments;
    }

    private DashboardViewModel dashboard() {
        return new DashboardViewModel(new Insights(new JdbiInsightsRepository(database.jdbi())), tasks, dialogs, texts,
                dates, (filter, label) -> {
                    opened.add(label);
                    clients.applyFilter(filter, label);
                }, client -> opened.add("client " + client.displayName()));
    }

    private TypeSuggestionViewModel suggestion(SimpleBooleanProperty dirty, List<Client> stored) {
        return new TypeSuggestionViewModel(new JdbiInsightsRepository(database.jdbi()), clientRepository, tasks,
                dialogs, texts, dates, changes, dirty, stored::add);
    }

    private void scored(ClientRef client, String when, int score) {
        interactions.create(new Interaction(null, 0, List.of(client),
                LocalDateTime.parse(when).atZone(SEOUL).toInstant(), Channel.MEETING, Direction.OUTBOUND, "meeting",
                null, null, score, null, null, null));
    }

    private List<String> items(SegmentsViewModel segments) {
        return segments.items().stream().map(item -> item.name() + ": " + item.count()).toList();
    }

    private List<String> visibleNames() {
        return clients.visibleClients().stream().map(ClientSummary::displayName).toList();
    }

    private static ClientRef ref(Client client) {
        return new ClientRef(client.id(), client.displayName());
    }
}
