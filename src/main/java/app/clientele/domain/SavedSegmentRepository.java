package app.clientele.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where saved segments are kept, as structured criteria (never as SQL). Other features take a
 * segment as their source of clients: {@code find(id)}, then
 * {@link ClientFilter#matchingIds(java.util.Collection, java.time.Clock)} on the client summaries.
 */
public interface SavedSegmentRepository {

    /** Every segment, by name. */
    List<SavedSegment> all();

    Optional<SavedSegment> find(long id);

    /**
     * Stores a new segment.
     *
     * @throws ClienteleException {@code segments.error.nameTaken} when another segment has that name
     */
    SavedSegment create(SavedSegment segment);

    /**
     * Stores a renamed or changed segment.
     *
     * @throws StaleDataException when the segment was changed or deleted meanwhile
     * @throws ClienteleException {@code segments.error.nameTaken} when another segment has that name
     */
    SavedSegment update(SavedSegment segment);

    void delete(long id);
}
