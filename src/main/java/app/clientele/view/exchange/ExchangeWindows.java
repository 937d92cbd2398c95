package app.clientele.view.exchange;

import app.clientele.view.ViewLoader;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the Import and Export dialogs as windows of their own beside the main window. */
public final class ExchangeWindows {
    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final String importTitle;
    private final String exportTitle;

    public ExchangeWindows(Supplier<Window> owner, ViewLoader loader, String importTitle, String exportTitle) {
        this.owner = owner;
        this.loader = loader;
        this.importTitle = importTitle;
        this.exportTitle = exportTitle;
    }

    public void showImport() {
        show("exchange/ImportView.fxml", importTitle);
    }

    public void showExport() {
        show("exchange/ExportView.fxml", exportTitle);
    }

    /**
     * Not modal: while a long import or export runs, the main window's status bar shows its progress
     * and its Cancel button stays in reach.
     */
    private void show(String fxml, String title) {
        Window main = owner.get();
        Stage stage = new Stage();
        stage.initOwner(main);
        stage.setTitle(title);
        Scene scene = new Scene(loader.load(fxml).root());
        scene.getStylesheets().setAll(main.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }
}
