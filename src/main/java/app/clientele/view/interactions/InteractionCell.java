package app.clientele.view.interactions;

import app.clientele.domain.Channel;
import app.clientele.domain.Interaction;
import app.clientele.i18n.Texts;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One interaction in a client's timeline: channel icon, heading, time, subject, notes, outcome and feedback.
 * The cell builds its labels once and only changes their text when it shows another interaction: new
 * nodes at every update would be styled and measured anew each time the list scrolls or a client opens.
 */
final class InteractionCell extends ListCell<Interaction> {
    private final Texts texts;
    private final Function<Interaction, String> heading;
    private final Function<Interaction, String> when;
    private final Map<Channel, Region> icons = new EnumMap<>(Channel.class);
    private final Label top = new Label();
    private final Label time = new Label();
    private final Label subject = line("interaction-subject");
    private final Label notes = line("interaction-notes");
    private final Label outcome = line("muted");
    private final Label feedback = line("interaction-feedback");
    private final HBox row;

    InteractionCell(Texts texts, Function<Interaction, String> heading, Function<Interaction, String> when) {
        this.texts = texts;
        this.heading = heading;
        this.when = when;
        getStyleClass().add("interaction-cell");
        top.getStyleClass().add("interaction-heading");
        time.getStyleClass().add("muted");
        HBox headline = new HBox(8, top, time);
        headline.setAlignment(Pos.BASELINE_LEFT);
        VBox body = new VBox(2, headline, subject, notes, outcome, feedback);
        // A fixed width lets the labels wrap instead of widening the cell.
        body.prefWidthProperty().bind(listViewProperty().flatMap(ListView::widthProperty)
                .map(width -> width.doubleValue() - 70).orElse(Region.USE_COMPUTED_SIZE));
        body.maxWidthProperty().bind(body.prefWidthProperty());
        row = new HBox(10, body);
        row.setAlignment(Pos.TOP_LEFT);
        setGraphic(row);
    }

    @Override
    protected void updateItem(Interaction interaction, boolean empty) {
        super.updateItem(interaction, empty);
        setText(null);
        // An empty cell hides its row rather than dropping it: put back, it would be styled anew.
        boolean shown = !empty && interaction != null;
        row.setVisible(shown);
        row.setManaged(shown);
        if (!shown) {
            return;
        }
        top.setText(heading.apply(interaction));
        time.setText(when.apply(interaction));
        show(subject, interaction.subject());
        show(notes, interaction.notes());
        show(outcome, interaction.outcome() == null ? null : texts.get("interactions.outcome", interaction.outcome()));
        show(feedback, interaction.satisfaction() == null && interaction.feedback() == null ? null
                : Stars.feedback(interaction.satisfaction(), interaction.feedback()));
        showIcon(icons.computeIfAbsent(interaction.channel(), channel -> ChannelIcons.of(channel, 18)));
    }

    private void showIcon(Region icon) {
        if (row.getChildren().size() == 1) {
            row.getChildren().add(0, icon);
        } else if (row.getChildren().get(0) != icon) {
            row.getChildren().set(0, icon);
        }
    }

    /** A line shown only when there is something to say; hidden lines take no room. */
    private static void show(Label line, String text) {
        boolean shown = text != null && !text.isBlank();
        line.setText(shown ? text : null);
        line.setVisible(shown);
        line.setManaged(shown);
    }

    private static Label line(String styleClass) {
        Label line = new Label();
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add(styleClass);
        return line;
    }
}
