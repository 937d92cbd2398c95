package app.clientele.viewmodel;

import app.clientele.domain.SavedSegment;
import java.util.Set;
import javafx.collections.ObservableList;

/** Saved segments as a source of clients for lists made elsewhere: the newsletter list, address labels. */
public interface SegmentSource {

    /** The saved segments, kept current. */
    ObservableList<SavedSegment> segments();

    /** The ids of the clients the segment holds now. */
    Set<Long> members(SavedSegment segment);
}
