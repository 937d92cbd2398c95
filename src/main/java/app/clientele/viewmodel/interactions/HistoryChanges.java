package app.clientele.viewmodel.interactions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells every view-model that shows history when an interaction or follow-up of some clients was
 * saved, so the timeline, Today, the Interactions list and the clients' last contact stay current.
 */
public final class HistoryChanges {
    private final List<Consumer<Set<Long>>> listeners = new ArrayList<>();

    public void addListener(Consumer<Set<Long>> listener) {
        listeners.add(listener);
    }

    /** Called on the FX thread after the change is stored. */
    public void fire(Collection<Long> clientIds) {
        Set<Long> ids = Set.copyOf(clientIds);
        List.copyOf(listeners).forEach(listener -> listener.accept(ids));
    }
}
