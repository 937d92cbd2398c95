package app.clientele.view.interactions;

import app.clientele.domain.Interaction;
import app.clientele.i18n.Texts;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One interaction in a client's timeline: channel icon, heading, time, subject, notes, outcome and feedback. */
final class InteractionCell extends ListCell<Interaction> {
    private final Texts texts;
    private final Function<Interaction, String> heading;
    private final Function<Interaction, String> when;

    InteractionCell(Texts texts, Function<Interaction, String> heading, Function<Interaction, String> when) {
        this.texts = texts;
        this.heading = heading;
        this.when = when;
        getStyleClass().add("interaction-cell");
    }

    @Override
    protected void updateItem(Interaction interaction, boolean empty) {
        super.updateItem(interaction, empty);
        setText(null);
        if (empty || interaction == null) {
            setGraphic(null);
            return;
        }
        Label top = new Label(heading.apply(interaction));
        top.getStyleClass().add("interaction-heading");
        Label time = new Label(when.apply(interaction));
        time.getStyleClass().add("muted");
        HBox headline = new HBox(8, top, time);
        headline.setAlignment(Pos.BASELINE_LEFT);
        VBox body = new VBox(2, headline);
        addLine(body, interaction.subject(), "interaction-subject");
        addLine(body, interaction.notes(), "interaction-notes");
        if (interaction.outcome() != null) {
            addLine(body, texts.get("interactions.outcome", interaction.outcome()), "muted");
        }
        if (interaction.satisfaction() != null || interaction.feedback() != null) {
            addLine(body, Stars.feedback(interaction.satisfaction(), interaction.feedback()), "interaction-feedback");
        }
        // A fixed width lets the labels wrap instead of widening the cell.
        body.prefWidthProperty().bind(getListView().widthProperty().subtract(70));
        body.maxWidthProperty().bind(body.prefWidthProperty());
        HBox row = new HBox(10, ChannelIcons.of(interaction.channel(), 18), body);
        row.setAlignment(Pos.TOP_LEFT);
        setGraphic(row);
    }

    private static void addLine(VBox body, String text, String styleClass) {
        if (text != null && !text.isBlank()) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add(styleClass);
            body.getChildren().add(line);
        }
    }
}
