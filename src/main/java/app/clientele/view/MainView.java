package app.clientele.view;

import app.clientele.i18n.Texts;
import app.clientele.view.clients.ClientsView;
import app.clientele.viewmodel.clients.ClientsViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;

/** The window's frame: menus, the section navigation and the status bar with running work. */
public final class MainView {
    private final ClientsViewModel clients;
    private final FxTaskRunner tasks;
    private final Texts texts;
    private final Path dataFolder;
    private final Settings settings;

    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private RadioMenuItem classicThemeItem;
    @FXML private RadioMenuItem systemLanguageItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem koreanItem;
    @FXML private ToggleButton clientsNav;
    @FXML private ClientsView clientsController;
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
    }

    public MainView(ClientsViewModel clients, FxTaskRunner tasks, Texts texts, Path dataFolder, Settings settings) {
        this.clients = clients;
        this.tasks = tasks;
        this.texts = texts;
        this.dataFolder = dataFolder;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        clientsNav.setGraphic(Icons.action("account-multiple-outline", 18));
        Map.of(Theme.LIGHT, lightThemeItem, Theme.DARK, darkThemeItem, Theme.CLASSIC, classicThemeItem)
                .get(settings.theme()).setSelected(true);
        Map.of("system", systemLanguageItem, "en", englishItem, "ko", koreanItem)
                .getOrDefault(settings.language(), systemLanguageItem).setSelected(true);
        dataFolderLabel.setText(texts.get("status.dataFolder", dataFolder.toString()));
        taskLabel.textProperty().bind(tasks.currentProperty().flatMap(Task::titleProperty).orElse(""));
        taskProgress.progressProperty().bind(tasks.currentProperty().flatMap(Task::progressProperty).orElse(0));
        for (var node : new javafx.scene.Node[] {taskLabel, taskProgress, cancelTaskButton}) {
            node.visibleProperty().bind(tasks.currentProperty().isNotNull());
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    @FXML
    private void onNewClient() {
        clients.newClient();
    }

    @FXML
    private void onSave() {
        clients.save();
    }

    @FXML
    private void onFind() {
        clientsController.focusSearch();
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
        info(texts.get("about.text", getClass().getPackage().getImplementationVersion() == null
                ? "dev" : getClass().getPackage().getImplementationVersion()));
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
        alert.initOwner(clientsNav.getScene().getWindow());
        alert.setHeaderText(null);
        alert.setTitle("Clientele");
        alert.showAndWait();
    }
}
