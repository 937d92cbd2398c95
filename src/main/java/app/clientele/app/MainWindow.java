package app.clientele.app;

import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.i18n.Texts;
import app.clientele.view.Fonts;
import app.clientele.view.FormDialog;
import app.clientele.view.FxDialogs;
import app.clientele.view.FxTaskRunner;
import app.clientele.view.Icons;
import app.clientele.view.MainView;
import app.clientele.view.Section;
import app.clientele.view.ViewLoader;
import app.clientele.view.Theme;
import app.clientele.view.Themes;
import app.clientele.view.clients.ClientFormView;
import app.clientele.view.clients.CustomFieldsFormView;
import app.clientele.view.clients.ClientsView;
import app.clientele.view.insights.DashboardView;
import app.clientele.view.insights.SegmentsSidebar;
import app.clientele.view.insights.TypeSuggestionView;
import app.clientele.view.interactions.ClientActivityView;
import app.clientele.view.interactions.FollowUpEditorView;
import app.clientele.view.interactions.FollowUpFieldsView;
import app.clientele.view.interactions.InteractionsView;
import app.clientele.view.interactions.LogInteractionView;
import app.clientele.view.interactions.TodayView;
import app.clientele.view.reminders.ClientRemindersView;
import app.clientele.view.reminders.NewsletterView;
import app.clientele.view.reminders.ReminderNotifications;
import app.clientele.view.reminders.ReminderSettingsView;
import app.clientele.view.reminders.RemindersView;
import app.clientele.view.people.ConnectionsView;
import app.clientele.view.people.CustomFieldsView;
import app.clientele.insights.Insights;
import app.clientele.viewmodel.Dates;
import app.clientele.view.exchange.DuplicatesView;
import app.clientele.view.exchange.ExchangeWindows;
import app.clientele.view.exchange.ExportView;
import app.clientele.view.exchange.ImportView;
import app.clientele.exchange.Exporter;
import app.clientele.exchange.Importer;
import app.clientele.viewmodel.exchange.DuplicatesViewModel;
import app.clientele.viewmodel.exchange.ExportViewModel;
import app.clientele.viewmodel.exchange.ImportViewModel;
import app.clientele.viewmodel.Links;
import app.clientele.viewmodel.clients.AccountOwners;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.persistence.JdbiFirmUsers;
import app.clientele.text.Collation;
import app.clientele.viewmodel.data.ChangeWatch;
import app.clientele.viewmodel.data.DataSafetyViewModel;
import app.clientele.viewmodel.data.SharedDatabaseViewModel;
import app.clientele.view.data.SharedDatabaseView;
import app.clientele.viewmodel.data.TrashViewModel;
import app.clientele.viewmodel.data.SampleDataViewModel;
import app.clientele.demo.SampleData;
import app.clientele.viewmodel.data.ClientPrivacyViewModel;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.view.data.TrashView;
import app.clientele.viewmodel.insights.DashboardViewModel;
import app.clientele.viewmodel.insights.SegmentsViewModel;
import app.clientele.viewmodel.insights.TypeSuggestionViewModel;
import app.clientele.viewmodel.interactions.ClientFollowUpsViewModel;
import app.clientele.viewmodel.interactions.FollowUpActions;
import app.clientele.viewmodel.interactions.FollowUpEditorViewModel;
import app.clientele.viewmodel.interactions.HistoryChanges;
import app.clientele.viewmodel.interactions.InteractionsViewModel;
import app.clientele.viewmodel.interactions.LogInteractionViewModel;
import app.clientele.viewmodel.interactions.TimelineViewModel;
import app.clientele.viewmodel.interactions.TodayViewModel;
import app.clientele.viewmodel.reminders.ClientRemindersViewModel;
import app.clientele.viewmodel.reminders.NewsletterViewModel;
import app.clientele.viewmodel.reminders.ReminderNotifier;
import app.clientele.viewmodel.reminders.ReminderSettingsViewModel;
import app.clientele.viewmodel.reminders.RemindersViewModel;
import app.clientele.viewmodel.people.ConnectionsViewModel;
import app.clientele.viewmodel.people.CustomFieldsViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import app.clientele.view.PasswordPrompt;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Builds the main window by hand: view-models from the context, controllers handed their
 * view-models through a controller factory, then the FXML.
 */
public final class MainWindow {
    private static final String FIELDS = "fields";
    private final Stage stage;
    private final AppContext context;
    private final FxTaskRunner tasks = new FxTaskRunner();
    /**
     * The daily reminder check reads every birthday, seconds at 100,000 clients; it only reads and
     * only informs, so it runs apart and never keeps opening or saving a client waiting.
     */
    private final FxTaskRunner checks = new FxTaskRunner("clientele-checks");
    private final ExecutorService dashboardQueries = Insights.queryThreads();
    private final HistoryChanges changes = new HistoryChanges();
    private final UndoHistory undo = new UndoHistory();
    private final ClientsViewModel clients;
    private final DashboardViewModel dashboard;
    private final SegmentsViewModel segments;
    private final DataSafetyViewModel dataSafety;
    private final Timeline fileWatch = new Timeline(new KeyFrame(Duration.seconds(15), event -> checkFile()));
    // On a shared database, colleagues' changes are looked for this often (a one-row query).
    private final Timeline colleaguesWatch = new Timeline(new KeyFrame(Duration.seconds(10),
            event -> checkColleagues()));
    private final ChangeWatch colleagues;
    private final SharedDatabaseViewModel sharedDatabase;
    private final ReminderNotifier notifier;
    // Checks every half hour whether a new day has begun while the app runs; the notifier speaks once a day.
    private final Timeline reminderWatch = new Timeline(new KeyFrame(Duration.minutes(30), event -> checkReminders()));
    private final Map<Class<?>, Supplier<Object>> controllers;
    private final MainView mainView;
    private final Runnable makeDialogs;

    private MainWindow(Stage stage, AppContext context, Links links) {
        this.stage = stage;
        this.context = context;
        Texts texts = context.texts();
        FxDialogs dialogs = new FxDialogs(stage, texts);
        Dates dates = new Dates(context.clock(), texts);
        clients = new ClientsViewModel(context.clients(), context.customFields(), context.trash(), undo, changes, tasks,
                dialogs, texts, dates);
        // First in the worker's queue: the client list is what start-up waits for.
        clients.load();
        segments = new SegmentsViewModel(context.segments(), clients, this::showSection, MainView.CLIENTS, tasks, dialogs,
                texts, dates);
        SampleDataViewModel sampleData = new SampleDataViewModel(new SampleData(context.bulkHistory(),
                context.clock()), tasks, dialogs, texts, this::refreshAll);
        TrashViewModel trash = new TrashViewModel(context.trash(), clients, tasks, dialogs, texts, dates);
        // Behind the client list, which start-up waits for.
        once(clients.loadingProperty(), false, trash::purgeExpired);
        dataSafety = new DataSafetyViewModel(context.backups(), context.password(), tasks, dialogs, texts,
                context.clock(), this::reloadAll);
        if (context.isShared()) {
            dataSafety.workOnSharedDatabase(context.database().shared().describe());
        }
        colleagues = new ChangeWatch(context.changeStamp(), tasks, this::showColleaguesChanges);
        // Copying down runs in the background; an encrypted file's password is asked on the FX thread meanwhile.
        sharedDatabase = new SharedDatabaseViewModel(new SharedDatabaseSettings(context),
                new DataTransfer(context, again -> CompletableFuture.supplyAsync(() -> PasswordPrompt.ask(stage, texts,
                        texts.get(again ? "password.prompt.again" : "password.prompt")), Platform::runLater).join()),
                tasks, dialogs, texts);
        LogInteractionViewModel logForm = new LogInteractionViewModel(context.interactions(), context.followUps(),
                tasks, dialogs, texts, dates, changes, clients::allClients, context.connections());
        FollowUpEditorViewModel followUpEditor = new FollowUpEditorViewModel(context.followUps(), tasks, dialogs,
                texts, dates, changes);
        FollowUpActions followUpActions = new FollowUpActions(context.followUps(), tasks, dialogs, texts, dates,
                changes);
        TimelineViewModel timeline = new TimelineViewModel(context.interactions(), tasks, dialogs, texts, dates,
                changes);
        ClientFollowUpsViewModel clientFollowUps = new ClientFollowUpsViewModel(context.followUps(),
                context.keepInTouch(), followUpActions, tasks, dialogs, texts, changes);
        TodayViewModel today = new TodayViewModel(context.followUps(), context.keepInTouch(), context.customFields(),
                followUpActions, logForm, tasks, dialogs, texts, dates, changes);
        InteractionsViewModel interactions = new InteractionsViewModel(context.interactions(), logForm, tasks,
                dialogs, texts, dates, changes);
        BooleanProperty notificationsOn = new SimpleBooleanProperty(context.preferences().notifications());
        notificationsOn.addListener((observable, was, on) -> {
            context.preferences().setNotifications(on);
            context.preferences().save();
        });
        RemindersViewModel reminders = new RemindersViewModel(context.reminders(), context.customFields(),
                context.households(), segments, tasks, dialogs, links, texts, dates, changes);
        ReminderSettingsViewModel reminderSettings = new ReminderSettingsViewModel(context.reminders(), tasks, dialogs,
                texts, changes, notificationsOn);
        NewsletterViewModel newsletter = new NewsletterViewModel(context.newsletter(), context.reminders(), segments, tasks,
                dialogs, texts, dates, changes);
        ClientRemindersViewModel clientReminders = new ClientRemindersViewModel(context.reminders(),
                context.newsletter(), tasks, dialogs, texts, dates, changes);
        notifier = new ReminderNotifier(context.reminders(), context.followUps(), checks, dialogs, texts, dates,
                notificationsOn);
        ConnectionsViewModel connections = new ConnectionsViewModel(context.connections(), context.households(), tasks,
                dialogs, texts, clients::allClients, clients::refreshRows);
        CustomFieldsViewModel customFields = new CustomFieldsViewModel(context.customFields(), tasks, dialogs, texts,
                dates, context.dataFolder().resolve("backups"), clients::load);
        changes.addListener(clients::refreshRows);
        dashboard = new DashboardViewModel(new Insights(context.insights(), dashboardQueries), tasks, dialogs, texts, dates,
                this::openClients, this::openClient);
        TypeSuggestionViewModel typeSuggestion = new TypeSuggestionViewModel(context.insights(), context.clients(),
                tasks, dialogs, texts, dates, changes, clients.form().dirtyProperty(), clients::showStored);
        clients.form().loadedProperty().addListener((observable, before, after) -> typeSuggestion.open(after));
        clients.selectedProperty().addListener((observable, before, after) -> {
            if (before == null || after == null || before.id() != after.id()
                    || before.relationship() != after.relationship()) {
                timeline.open(refOf(after));
                clientFollowUps.open(refOf(after), after == null ? null : after.relationship());
            }
            if (before == null || after == null || !before.equals(after)) {
                clientReminders.open(after);
            }
            if (before == null || after == null || before.id() != after.id() || before.kind() != after.kind()) {
                connections.open(after);
            }
        });
        List<Section> sections = List.of(
                new Section(MainView.TODAY, "nav.today", "calendar-check-outline", "interactions/TodayView.fxml"),
                new Section(MainView.CLIENTS, "nav.clients", "account-multiple-outline", "clients/ClientsView.fxml"),
                new Section(MainView.INTERACTIONS, "nav.interactions", "timeline-text-outline",
                        "interactions/InteractionsView.fxml"),
                new Section(MainView.REMINDERS, "nav.reminders", "cake-variant-outline", "reminders/RemindersView.fxml"),
                new Section(MainView.NEWSLETTER, "nav.newsletter", "newspaper-variant-outline",
                        "reminders/NewsletterView.fxml"),
                new Section(MainView.DASHBOARD, "nav.dashboard", "chart-box-outline", "insights/DashboardView.fxml"),
                new Section("duplicates", "nav.duplicates", "account-group-outline", "exchange/DuplicatesView.fxml"),
                new Section("trash", "nav.trash", "delete-outline", "data/TrashView.fxml"),
                new Section(FIELDS, "nav.fields", "form-textbox", "people/CustomFieldsView.fxml"));
        ExchangeWindows exchangeWindows = new ExchangeWindows(() -> stage, this::load, texts.get("import.title"),
                texts.get("export.title"));
        Map<Class<?>, Supplier<Object>> controllers = new HashMap<>();
        controllers.put(MainView.class, () -> new MainView(clients, dataSafety, sampleData, undo, tasks, texts,
                context.dataFolder(), new MenuSettings(), sections, this::load, exchangeWindows));
        controllers.put(TrashView.class, () -> new TrashView(trash));
        ClientPrivacyViewModel privacy = new ClientPrivacyViewModel(context.dossiers(), new Exporter(context.exchange()),
                context.clients(), context.trash(), clients, tasks, dialogs, texts, context.clock());
        controllers.put(ClientsView.class, () -> new ClientsView(clients, segments, privacy, texts));
        AccountOwners owners = new AccountOwners(new JdbiFirmUsers(context.database().jdbi()), tasks,
                context.database().actingUser(), Collation.forLocale(texts.locale()));
        controllers.put(ClientFormView.class, () -> new ClientFormView(clients, texts, owners));
        controllers.put(ClientActivityView.class, () -> new ClientActivityView(timeline, clientFollowUps, logForm,
                followUpEditor, texts));
        controllers.put(CustomFieldsFormView.class, () -> new CustomFieldsFormView(clients, this::openFieldsPage));
        controllers.put(ConnectionsView.class, () -> new ConnectionsView(connections, texts, this::openClient));
        controllers.put(CustomFieldsView.class, () -> new CustomFieldsView(customFields, texts));
        controllers.put(TodayView.class, () -> new TodayView(today, texts, this::openClient));
        controllers.put(InteractionsView.class, () -> new InteractionsView(interactions, texts));
        controllers.put(LogInteractionView.class, () -> new LogInteractionView(logForm, texts));
        controllers.put(FollowUpEditorView.class, () -> new FollowUpEditorView(followUpEditor));
        controllers.put(FollowUpFieldsView.class, () -> new FollowUpFieldsView(texts));
        controllers.put(ImportView.class, () -> new ImportView(new ImportViewModel(new Importer(context.exchange()),
                tasks, dialogs, texts, this::refreshAll), texts));
        controllers.put(ExportView.class, () -> new ExportView(new ExportViewModel(new Exporter(context.exchange()),
                tasks, dialogs, texts, clients.visibleClients(), clients.selectedRows(), MainWindow::documentsFolder),
                texts));
        controllers.put(DuplicatesView.class, () -> new DuplicatesView(new DuplicatesViewModel(context.exchange(),
                context.clients(), context.merges(), undo, tasks, dialogs, texts, this::refreshAll), texts));
        controllers.put(RemindersView.class, () -> new RemindersView(reminders, reminderSettings, clients::tags, texts));
        controllers.put(NewsletterView.class, () -> new NewsletterView(newsletter, texts));
        controllers.put(ClientRemindersView.class, () -> new ClientRemindersView(clientReminders, texts));
        controllers.put(ReminderSettingsView.class, () -> new ReminderSettingsView(reminderSettings, texts));
        controllers.put(DashboardView.class, () -> new DashboardView(dashboard, texts));
        controllers.put(SegmentsSidebar.class, () -> new SegmentsSidebar(segments, texts));
        controllers.put(TypeSuggestionView.class, () -> new TypeSuggestionView(typeSuggestion, texts));
        controllers.put(SharedDatabaseView.class, () -> new SharedDatabaseView(sharedDatabase));
        this.controllers = Map.copyOf(controllers);
        ViewLoader.Loaded main = load("MainView.fxml");
        mainView = (MainView) main.controller();
        Parent root = main.root();
        Fonts.useKoreanFontIfKorean(root, texts.locale());
        Scene scene = new Scene(root, 1280, 800);
        Themes.apply(context.preferences().theme(), scene);
        stage.setScene(scene);
        // Dialogs take the window's stylesheets, so they are made once the window has its scene; none
        // is on screen at start, so they are made once the window shows its first clients (see open).
        makeDialogs = () -> {
            new FormDialog(stage, load("interactions/LogInteractionForm.fxml").root(), "logInteractionDialog",
                    new FormDialog.Form(logForm.titleProperty(), logForm.showingProperty(), logForm.validProperty(),
                            logForm.busyProperty(), logForm::save, logForm::cancel), texts);
            new FormDialog(stage, load("interactions/FollowUpEditor.fxml").root(), "followUpDialog",
                    new FormDialog.Form(followUpEditor.titleProperty(), followUpEditor.showingProperty(),
                            followUpEditor.fields().validProperty(), followUpEditor.busyProperty(), followUpEditor::save,
                            followUpEditor::cancel), texts);
            new FormDialog(stage, load("reminders/ReminderSettings.fxml").root(), "reminderSettingsDialog",
                    new FormDialog.Form(reminderSettings.titleProperty(), reminderSettings.showingProperty(),
                            reminderSettings.validProperty(), reminderSettings.busyProperty(), reminderSettings::save,
                            reminderSettings::cancel), texts);
            new FormDialog(stage, load("data/SharedDatabase.fxml").root(), "sharedDatabaseDialog",
                    new FormDialog.Form(sharedDatabase.titleProperty(), sharedDatabase.showingProperty(),
                            sharedDatabase.validProperty(), sharedDatabase.busyProperty(), sharedDatabase::save,
                            sharedDatabase::cancel), texts);
        };
        ReminderNotifications.show(notifier, stage, texts.get("notify.title"), () -> {
            stage.toFront();
            mainView.show(MainView.REMINDERS);
        });
        stage.setTitle("Clientele");
        stage.getIcons().setAll(Icons.application());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // A screen smaller than the usual size (a 1366×768 laptop) would cut off the window's top and
        // bottom bar: there the window opens filling the screen instead.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMaximized(screen.getWidth() < scene.getWidth() || screen.getHeight() < scene.getHeight());
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestClose();
        });
    }

    /** Where exports go unless the user chooses otherwise: the Documents folder, else the home folder. */
    private static java.nio.file.Path documentsFolder() {
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home"));
        java.nio.file.Path documents = home.resolve("Documents");
        return java.nio.file.Files.isDirectory(documents) ? documents : home;
    }

    /** Loads a view from {@code app/clientele/view/} with the texts and this window's controllers. */
    private ViewLoader.Loaded load(String fxml) {
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource(fxml), context.texts().bundle());
        loader.setControllerFactory(type -> {
            Supplier<Object> controller = controllers.get(type);
            if (controller == null) {
                throw new IllegalStateException("no controller registered for " + type.getName());
            }
            return controller.get();
        });
        try {
            Parent root = loader.load();
            return new ViewLoader.Loaded(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClientRef refOf(ClientSummary summary) {
        return summary == null ? null : new ClientRef(summary.id(), summary.displayName());
    }

    /** Shows the Custom fields page (from the client form). */
    private void openFieldsPage() {
        mainView.show(FIELDS);
    }

    /** Shows a client in the Clients workspace (from a link on the home page). */
    private void openClient(ClientRef client) {
        mainView.show(MainView.CLIENTS);
        clients.selectClient(client.id());
    }

    /** Shows the Clients workspace filtered (from a segment or a chart), saying what it shows. */
    private void openClients(ClientFilter filter, String label) {
        mainView.show(MainView.CLIENTS);
        clients.applyFilter(filter, label);
    }

    private void showSection(String sectionId) {
        mainView.show(sectionId);
    }


    /**
     * Shows the main window for an open context and starts loading its clients; {@code links} opens
     * mailto: links in the user's mail program.
     */
    public static MainWindow open(Stage stage, AppContext context, Links links) {
        MainWindow window = new MainWindow(stage, context, links);
        window.segments.load();
        window.watchDatabaseFile();
        window.watchColleagues();
        stage.show();
        window.afterClientsShown(window.makeDialogs);
        window.watchReminders();
        return window;
    }

    /**
     * Runs {@code work} once a frame with the client list's first screen (or none, when the list is
     * empty or failed) has been laid out: start-up waits for those rows, not for dialogs.
     */
    private void afterClientsShown(Runnable work) {
        once(clients.firstScreenShownProperty(), true, () -> afterNextFrame(work));
    }

    /** Runs {@code then} as soon as {@code property} holds {@code value}: now, or when it changes to it. */
    private static void once(ReadOnlyBooleanProperty property, boolean value, Runnable then) {
        if (property.get() == value) {
            then.run();
            return;
        }
        property.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean is) {
                if (is == value) {
                    property.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Runs {@code work} once, after the window's next frame is laid out. */
    private void afterNextFrame(Runnable work) {
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                done = true;
                Runnable listener = this;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener);
                    work.run();
                });
            }
        });
    }

    /**
     * Notifies about birthdays, cards and overdue follow-ups once the client list is in, and again
     * on each new day. The first check reads every client's birthday: it waits behind the list,
     * which the user is more likely to be waiting for than a notice in the corner.
     */
    private void watchReminders() {
        reminderWatch.setCycleCount(Animation.INDEFINITE);
        reminderWatch.play();
        once(clients.loadingProperty(), false, this::checkReminders);
    }

    private void checkReminders() {
        notifier.checkDaily();
    }

    /** Notices soon, and whenever the window is brought back, if the database file was deleted. */
    private void watchDatabaseFile() {
        fileWatch.setCycleCount(Animation.INDEFINITE);
        fileWatch.play();
        stage.focusedProperty().addListener((observable, wasFocused, focused) -> {
            if (focused) {
                dataSafety.checkDatabaseFile();
            }
        });
    }

    /**
     * Closes the window once unsaved changes are saved or discarded (the user may also cancel),
     * after the day's automatic backup.
     */
    public void requestClose() {
        clients.leaveCurrent(() -> dataSafety.backUpOnExit(this::close));
    }

    /**
     * On a shared database, shows colleagues' changes every few seconds and when the window comes
     * back to the front; the user's selection and unsaved edits stay as they are.
     */
    private void watchColleagues() {
        if (!context.isShared()) {
            return;
        }
        colleagues.start();
        colleaguesWatch.setCycleCount(Animation.INDEFINITE);
        colleaguesWatch.play();
        stage.focusedProperty().addListener((observable, wasFocused, focused) -> {
            if (focused) {
                checkColleagues();
            }
        });
    }

    private void checkColleagues() {
        colleagues.check();
    }

    /** The Clients list merges their changes; the history views reload, the open client's too. */
    private void showColleaguesChanges() {
        clients.refresh();
        ClientSummary shown = clients.selectedProperty().get();
        changes.fire(shown == null ? List.of() : List.of(shown.id()));
    }

    private void checkFile() {
        dataSafety.checkDatabaseFile();
    }

    /** After an import or a merge, every view shows the new state of the data. */
    private void refreshAll() {
        clients.load();
        segments.load();
        changes.fire(List.of());
    }

    /** After a restore, every view shows the restored data; nothing of the old form is kept. */
    private void reloadAll() {
        clients.form().startNew();
        refreshAll();
    }

    /** Closes the window at once; background work still queued is dropped. */
    public void close() {
        fileWatch.stop();
        colleaguesWatch.stop();
        reminderWatch.stop();
        tasks.close();
        checks.close();
        dashboardQueries.shutdownNow();
        stage.close();
    }

    public ClientsViewModel clients() {
        return clients;
    }

    /** The View menu's choices, saved in the preferences file. */
    private final class MenuSettings implements MainView.Settings {
        @Override
        public Theme theme() {
            return context.preferences().theme();
        }

        @Override
        public String language() {
            return context.preferences().language();
        }

        @Override
        public void changeTheme(Theme theme) {
            context.preferences().setTheme(theme);
            context.preferences().save();
            Themes.apply(theme, stage.getScene());
        }

        @Override
        public void changeLanguage(String language) {
            context.preferences().setLanguage(language);
            context.preferences().save();
        }

        @Override
        public void quit() {
            requestClose();
        }

        @Override
        public void openSharedDatabase() {
            sharedDatabase.open();
        }
    }
}
