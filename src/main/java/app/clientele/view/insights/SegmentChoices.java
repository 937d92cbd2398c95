package app.clientele.view.insights;

import app.clientele.domain.SavedSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A choice of saved segment, with "none" first under its own wording, following the segments as they change. */
public final class SegmentChoices {
    private SegmentChoices() {
    }

    public static void fill(ComboBox<SavedSegment> box, ObservableList<SavedSegment> segments, String none) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(SavedSegment segment) {
                return segment == null ? none : segment.name();
            }

            @Override
            public SavedSegment fromString(String text) {
                return box.getItems().stream().filter(segment -> segment != null && segment.name().equals(text))
                        .findFirst().orElse(null);
            }
        });
        Runnable refill = () -> {
            SavedSegment chosen = box.getValue();
            List<SavedSegment> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(segments);
            box.getItems().setAll(choices);
            box.setValue(segments.stream().filter(segment -> chosen != null && Objects.equals(segment.id(), chosen.id()))
                    .findFirst().orElse(null));
        };
        segments.addListener((ListChangeListener<SavedSegment>) change -> refill.run());
        refill.run();
    }
}
