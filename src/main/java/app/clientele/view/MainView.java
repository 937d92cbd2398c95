package app.clientele.view;

import app.clientele.i18n.Texts;
import app.clientele.view.clients.ClientsView;
import app.clientele.view.exchange.ExchangeWindows;
import app.clientele.viewmodel.Navigator;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.data.DataSafetyViewModel;
import app.clientele.viewmodel.data.SampleDataViewModel;
import javafx.beans.binding.Bindings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's frame: menus, the section navigation (also on Ctrl+1, Ctrl+2, …) and the status
 * bar with the work running in the background. Sections are loaded the first time they are shown.
 */
public final class MainView implements Navigator {
    public static final String TODAY = "today";
    public static final String CLIENTS = "clients";
    public static final String INTERACTIONS = "interactions";
    public static final String REMINDERS = "reminders";
    public static final String NEWSLETTER = "newsletter";
    public static final String DASHBOARD = "dashboard";

    private final ClientsViewModel clients;
    private final DataSafetyViewModel dataSafety;
    private final UndoHistory undo;
    private final SampleDataViewModel sampleData;
    private final FxTaskRunner tasks;
    private final Texts texts;
    private final Path dataFolder;
    private final Settings settings;
    private final List<Section> sections;
    private final ViewLoader loader;
    private final ExchangeWindows exchangeWindows;
    private final Map<String, ViewLoader.Loaded> loaded = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final ToggleGroup sectionGroup = new ToggleGroup();
    private String currentSection;

    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private RadioMenuItem classicThemeItem;
    @FXML private RadioMenuItem systemLanguageItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem koreanItem;
    @FXML private Menu goMenu;
    @FXML private MenuItem setPasswordItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem sampleDataItem;
    @FXML private MenuItem removePasswordItem;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private Label dataFolderLabel;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTaskButton;

    /** What the menus change in the user's preferences; the app saves and applies it. */
    public interface Settings {
        Theme theme();

        String language();

        void changeTheme(Theme theme);

        void changeLanguage(String language);

        void quit();

        /** Opens the Shared database settings. */
        void openSharedDatabase();
    }

    public MainView(ClientsViewModel clients, DataSafetyViewModel dataSafety, SampleDataViewModel sampleData,
                    UndoHistory undo, FxTaskRunner tasks,
                    Texts texts, Path dataFolder, Settings settings, List<Section> sections, ViewLoader loader,
                    ExchangeWindows exchangeWindows) {
        this.clients = clients;
        this.undo = undo;
        this.dataSafety = dataSafety;
        this.sampleData = sampleData;
        this.tasks = tasks;
        this.texts = texts;
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.sections = List.copyOf(sections);
        this.loader = loader;
        this.exchangeWindows = exchangeWindows;
    }

    @FXML
    private void initialize() {
        for (int i = 0; i < sections.size(); i++) {
            addSection(sections.get(i), i + 1);
        }
        sectionGroup.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null && before != null) {
                before.setSelected(true);
            }
        });
        Map.of(Theme.LIGHT, lightThemeItem, Theme.DARK, darkThemeItem, Theme.CLASSIC, classicThemeItem)
                .get(settings.theme()).setSelected(true);
        Map.of("system", systemLanguageItem, "en", englishItem, "ko", koreanItem)
                .getOrDefault(settings.language(), systemLanguageItem).setSelected(true);
        dataFolderLabel.textProperty().bind(Bindings.createStringBinding(() -> dataSafety.sharedDatabaseProperty()
                .get() != null ? texts.get("status.sharedDatabase", dataSafety.sharedDatabaseProperty().get())
                : texts.get(dataSafety.encryptedProperty().get() ? "status.dataFolder.encrypted" : "status.dataFolder",
                        dataFolder.toString()), dataSafety.encryptedProperty(), dataSafety.sharedDatabaseProperty()));
        setPasswordItem.textProperty().bind(dataSafety.encryptedProperty().map(encrypted ->
                texts.get(encrypted ? "action.changePassword" : "action.setPassword")));
        removePasswordItem.disableProperty().bind(dataSafety.encryptedProperty().not());
        undoItem.textProperty().bind(undo.descriptionProperty().map(what -> what).orElse(texts.get("action.undo")));
        undoItem.disableProperty().bind(undo.descriptionProperty().isNull());
        sampleDataItem.disableProperty().bind(Bindings.isNotEmpty(clients.allClients()));
        taskLabel.textProperty().bind(tasks.currentProperty().flatMap(Task::titleProperty).orElse(""));
        taskProgress.progressProperty().bind(tasks.currentProperty().flatMap(Task::progressProperty).orElse(0));
        for (Node node : new Node[] {taskLabel, taskProgress, cancelTaskButton}) {
            node.visibleProperty().bind(tasks.currentProperty().isNotNull());
            node.managedProperty().bind(node.visibleProperty());
        }
        show(sections.get(0).id());
    }

    private void addSection(Section section, int number) {
        ToggleButton button = new ToggleButton(texts.get(section.titleKey()), Icons.action(section.icon(), 18));
        button.setId(section.id() + "Nav");
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(sectionGroup);
        button.setOnAction(event -> show(section.id()));
        navigation.getChildren().add(button);
        buttons.put(section.id(), button);
        MenuItem item = new MenuItem(texts.get(section.titleKey()));
        if (number <= 9) {
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(number)),
                    KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(event -> show(section.id()));
        goMenu.getItems().add(item);
    }

    /** Brings a section to the front, loading its view the first time. */
    @Override
    public void show(String sectionId) {
        Section section = sections.stream().filter(candidate -> candidate.id().equals(sectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionId));
        ViewLoader.Loaded view = loaded.computeIfAbsent(section.id(), id -> loader.load(section.fxml()));
        currentSection = section.id();
        content.getChildren().setAll(view.root());
        buttons.get(section.id()).setSelected(true);
    }

    /** The controller of a section's view, loading it if needed. */
    public Object controllerOf(String sectionId) {
        Section section = sections.stream().filter(candidate -> candidate.id().equals(sectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionId));
        return loaded.computeIfAbsent(section.id(), id -> loader.load(section.fxml())).controller();
    }

    @FXML
    private void onNewClient() {
        show(CLIENTS);
        clients.newClient();
    }

    @FXML
    private void onSave() {
        clients.save();
    }

    /** Ctrl+L: log an interaction with the client the current section has in view. */
    @FXML
    private void onLogInteraction() {
        if (controllerOf(currentSection) instanceof LogsInteractions section) {
            section.logInteraction();
        }
    }

    @FXML
    private void onImport() {
        exchangeWindows.showImport();
    }

    @FXML
    private void onExport() {
        exchangeWindows.showExport();
    }

    @FXML
    private void onFind() {
        show(CLIENTS);
        ((ClientsView) controllerOf(CLIENTS)).focusSearch();
    }

    @FXML
    private void onUndo() {
        undo.undo();
    }

    @FXML
    private void onLoadSampleData() {
        sampleData.load();
    }

    @FXML
    private void onBackUp() {
        dataSafety.backUpNow();
    }

    @FXML
    private void onRestore() {
        dataSafety.restore();
    }

    @FXML
    private void onSetPassword() {
        dataSafety.setPassword();
    }

    @FXML
    private void onRemovePassword() {
        dataSafety.removePassword();
    }

    @FXML
    private void onSharedDatabase() {
        settings.openSharedDatabase();
    }

    @FXML
    private void onQuit() {
        settings.quit();
    }

    @FXML
    private void onTheme() {
        choose(Map.of(lightThemeItem, Theme.LIGHT, darkThemeItem, Theme.DARK, classicThemeItem, Theme.CLASSIC),
                settings::changeTheme);
    }

    @FXML
    private void onLanguage() {
        choose(Map.of(systemLanguageItem, "system", englishItem, "en", koreanItem, "ko"), settings::changeLanguage);
        info(texts.get("language.restart"));
    }

    @FXML
    private void onAbout() {
        String version = getClass().getPackage().getImplementationVersion();
        info(texts.get("about.text", version == null ? "dev" : version));
    }

    @FXML
    private void onCancelTask() {
        Task<?> current = tasks.currentProperty().get();
        if (current != null) {
            current.cancel();
        }
    }

    private static <T> void choose(Map<RadioMenuItem, T> choices, Consumer<T> apply) {
        choices.entrySet().stream().filter(choice -> choice.getKey().isSelected()).findFirst()
                .ifPresent(choice -> apply.accept(choice.getValue()));
    }

    private void info(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.initOwner(content.getScene().getWindow());
        alert.setHeaderText(null);
        alert.setTitle("Clientele");
        alert.showAndWait();
    }
}
