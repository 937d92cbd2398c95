package app.clientele.view;

import app.clientele.domain.ClientRef;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** A text field that suggests clients as the user types and hands over the one they pick, then clears itself. */
public final class ClientCompletion {
    private ClientCompletion() {
    }

    public static void bind(TextField field, Function<String, List<ClientRef>> suggestions, Consumer<ClientRef> chosen) {
        AutoCompletionBinding<ClientRef> completion = TextFields.bindAutoCompletion(field,
                request -> suggestions.apply(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(ClientRef client) {
                        return client == null ? "" : client.displayName();
                    }

                    @Override
                    public ClientRef fromString(String text) {
                        return null;
                    }
                });
        completion.setOnAutoCompleted(event -> {
            chosen.accept(event.getCompletion());
            Platform.runLater(field::clear);
        });
    }
}
