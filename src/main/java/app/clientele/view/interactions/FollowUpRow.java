package app.clientele.view.interactions;

import app.clientele.domain.ClientRef;
import app.clientele.domain.FollowUp;
import app.clientele.domain.Priority;
import app.clientele.i18n.Texts;
import app.clientele.view.Icons;
import app.clientele.viewmodel.interactions.FollowUpActions;
import app.clientele.viewmodel.interactions.Snooze;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * One follow-up in a list: a Done button (or Reopen for a closed one), its title, when it is due,
 * its priority, optionally its client as a link, and a Snooze menu.
 */
final class FollowUpRow extends HBox {

    /** What the row's buttons do; {@code openClient} may be null where the client is obvious. */
    record Handlers(Consumer<FollowUp> complete, Consumer<FollowUp> reopen, Consumer<ClientRef> openClient) {
    }

    FollowUpRow(FollowUp followUp, FollowUpActions actions, Handlers handlers, Texts texts) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("follow-up-row");
        Button toggle = new Button(null, Icons.action(followUp.isOpen() ? "check-circle-outline" : "undo"));
        toggle.getStyleClass().addAll("flat", followUp.isOpen() ? "done-button" : "reopen-button");
        toggle.setTooltip(new Tooltip(texts.get(followUp.isOpen() ? "followUps.done.tooltip" : "action.reopen")));
        toggle.setOnAction(event -> (followUp.isOpen() ? handlers.complete() : handlers.reopen()).accept(followUp));

        Label title = new Label(followUp.title());
        title.getStyleClass().add("follow-up-title");
        if (!followUp.isOpen()) {
            title.getStyleClass().add("closed");
        }
        HBox details = new HBox(8);
        details.setAlignment(Pos.CENTER_LEFT);
        Label due = new Label(followUp.isOpen() ? actions.due(followUp) : actions.closed(followUp));
        due.getStyleClass().add("muted");
        details.getChildren().add(due);
        if (followUp.priority() != Priority.NORMAL) {
            Label priority = new Label(texts.of(followUp.priority()));
            priority.getStyleClass().addAll("badge", "priority-" + followUp.priority().name().toLowerCase(Locale.ROOT));
            details.getChildren().add(priority);
        }
        if (handlers.openClient() != null) {
            Hyperlink client = new Hyperlink(followUp.client().displayName());
            client.getStyleClass().add("client-link");
            client.setOnAction(event -> handlers.openClient().accept(followUp.client()));
            details.getChildren().add(client);
        }
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(toggle, new VBox(2, title, details), spacer);
        if (followUp.isOpen()) {
            getChildren().add(snoozeMenu(followUp, actions, texts));
        }
    }

    private static MenuButton snoozeMenu(FollowUp followUp, FollowUpActions actions, Texts texts) {
        MenuButton snooze = new MenuButton(null, Icons.action("alarm-snooze"));
        snooze.getStyleClass().addAll("flat", "snooze-button");
        snooze.setTooltip(new Tooltip(texts.get("action.snooze")));
        for (Snooze option : Snooze.values()) {
            MenuItem item = new MenuItem(texts.get("Snooze." + option.name()));
            item.setOnAction(event -> actions.snooze(followUp, option));
            snooze.getItems().add(item);
        }
        MenuItem pick = new MenuItem(texts.get("followUps.snooze.pick"));
        pick.setOnAction(event -> actions.snoozeToChosenDay(followUp));
        snooze.getItems().add(pick);
        return snooze;
    }
}
