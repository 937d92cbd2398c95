package app.clientele.view;

import javafx.scene.Parent;

/** Loads an FXML view with the app's texts and controller factory. */
@FunctionalInterface
public interface ViewLoader {

    /** The loaded view's root node and its controller. */
    record Loaded(Parent root, Object controller) {
    }

    Loaded load(String fxmlResource);
}
