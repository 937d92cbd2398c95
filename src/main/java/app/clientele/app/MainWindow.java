package app.clientele.app;

import app.clientele.i18n.Texts;
import app.clientele.view.FxDialogs;
import app.clientele.view.FxTaskRunner;
import app.clientele.view.Icons;
import app.clientele.view.MainView;
import app.clientele.view.Section;
import app.clientele.view.ViewLoader;
import app.clientele.view.Theme;
import app.clientele.view.Themes;
import app.clientele.view.clients.ClientFormView;
import app.clientele.view.clients.ClientsView;
import app.clientele.view.exchange.DuplicatesView;
import app.clientele.view.exchange.ExchangeWindows;
import app.clientele.view.exchange.ExportView;
import app.clientele.view.exchange.ImportView;
import app.clientele.exchange.Exporter;
import app.clientele.exchange.Importer;
import app.clientele.viewmodel.exchange.DuplicatesViewModel;
import app.clientele.viewmodel.exchange.ExportViewModel;
import app.clientele.viewmodel.exchange.ImportViewModel;
import app.clientele.viewmodel.clients.ClientsViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the main window by hand: view-models from the context, controllers handed their
 * view-models through a controller factory, then the FXML.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppContext context;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final ClientsViewModel clients;
    private final Map<Class<?>, Supplier<Object>> controllers;

    private MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        Texts texts = context.texts();
        FxDialogs dialogs = new FxDialogs(stage, texts);
        clients = new ClientsViewModel(context.clients(), tasks, dialogs, texts);
        List<Section> sections = List.of(
                new Section(MainView.CLIENTS, "nav.clients", "account-multiple-outline", "clients/ClientsView.fxml"),
                new Section("duplicates", "nav.duplicates", "account-group-outline", "exchange/DuplicatesView.fxml"));
        ExchangeWindows exchangeWindows = new ExchangeWindows(() -> stage, this::load, texts.get("import.title"),
                texts.get("export.title"));
        Map<Class<?>, Supplier<Object>> controllers = new HashMap<>();
        controllers.put(MainView.class, () -> new MainView(clients, tasks, texts, context.dataFolder(),
                new MenuSettings(), sections, this::load, exchangeWindows));
        controllers.put(ClientsView.class, () -> new ClientsView(clients, texts));
        controllers.put(ClientFormView.class, () -> new ClientFormView(clients, texts));
        controllers.put(ImportView.class, () -> new ImportView(new ImportViewModel(new Importer(context.exchange()),
                tasks, dialogs, texts, clients::load), texts));
        controllers.put(ExportView.class, () -> new ExportView(new ExportViewModel(new Exporter(context.exchange()),
                tasks, dialogs, texts, clients.visibleClients(), clients.selectedRows(), MainWindow::documentsFolder),
                texts));
        controllers.put(DuplicatesView.class, () -> new DuplicatesView(new DuplicatesViewModel(context.exchange(),
                context.clients(), context.merges(), tasks, dialogs, texts, clients::load), texts));
        this.controllers = Map.copyOf(controllers);
        Parent root = load("MainView.fxml").root();
        Scene scene = new Scene(root, 1280, 800);
        Themes.apply(context.preferences().theme(), scene);
        stage.setScene(scene);
        stage.setTitle("Clientele");
        stage.getIcons().setAll(Icons.application());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
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

    /** Shows the main window for an open context and starts loading its clients. */
    public static MainWindow open(Stage stage, AppContext context) {
        MainWindow window = new MainWindow(stage, context);
        window.clients.load();
        stage.show();
        return window;
    }

    /** Closes the window once unsaved changes are saved or discarded; the user may also cancel. */
    public void requestClose() {
        clients.leaveCurrent(this::close);
    }

    /** Closes the window at once; background work still queued is dropped. */
    public void close() {
        tasks.close();
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
    }
}
