package app.clientele.demo;

import app.clientele.domain.BulkHistory;
import app.clientele.domain.Client;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientRef;
import app.clientele.domain.HistoryFigures;
import app.clientele.domain.Interaction;
import app.clientele.exchange.Progress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty database with {@link DemoData}: made in memory, then written in batches (the
 * clients with their history figures, then the history), reporting progress and stopping when
 * cancelled.
 */
public final class SampleData {
    private static final int BATCH = 20_000;

    private final BulkHistory history;
    private final Clock clock;

    /** How much to make. */
    public record Size(int clients, int interactions) {
        public static final Size SMALL = new Size(250, 2_500);

        public Size {
            if (clients < 1 || interactions < 0) {
                throw new ClienteleException("demo.error.size");
            }
        }
    }

    /** What was made. */
    public record Made(List<ClientRef> clients, int interactions, int followUps, int subscriptions) {
    }

    public SampleData(BulkHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /**
     * Loads the sample data: all of it, or nothing when it fails or is cancelled (what was written
     * so far is removed again, leaving the database empty as it was).
     */
    public Made load(long seed, Size size, Progress progress) {
        if (!history.isEmpty()) {
            throw new ClienteleException("demo.error.notEmpty");
        }
        try {
            DemoData data = new DemoData(seed, LocalDate.now(clock), clock.getZone());
            return history.asOneLoad(() -> fill(data, size, progress));
        } catch (RuntimeException failedOrCancelled) {
            history.removeAll();
            throw failedOrCancelled;
        }
    }

    private Made fill(DemoData data, Size size, Progress progress) {
        long steps = size.clients() + 2L * size.interactions();
        // Everything is made in memory first, so that each client is written once, with the figures
        // of their history (last contact, engagements, last score), instead of updated afterwards.
        List<Client> people = new ArrayList<>(size.clients());
        List<ClientRef> places = new ArrayList<>(size.clients());
        for (int i = 0; i < size.clients(); i++) {
            people.add(data.client(i));
            // The place in the list stands in for the id until the clients are written.
            places.add(new ClientRef(i, null));
        }
        // Written client by client (by the first participant), each client's oldest first: the ids then
        // follow the clients, so every index and foreign key keyed by client or by interaction is
        // appended to at its end instead of rewritten all over. The one index on time is built after
        // the load (BulkHistory.asOneLoad), over rows already in place.
        List<Interaction> interactions = new ArrayList<>(size.interactions());
        for (int done = 0; done < size.interactions(); done += BATCH) {
            progress.checkCancelled();
            interactions.addAll(data.interactions(places, Math.min(BATCH, size.interactions() - done)));
            progress.update(done, steps);
        }
        interactions.sort(Comparator.comparingLong((Interaction interaction) -> interaction.participants().get(0).id())
                .thenComparing(Interaction::occurredAt));
        Map<Long, HistoryFigures> figures = HistoryFigures.byClient(interactions);

        List<ClientRef> made = new ArrayList<>(size.clients());
        for (int done = 0; done < size.clients(); done += BATCH) {
            progress.checkCancelled();
            int end = Math.min(size.clients(), done + BATCH);
            List<HistoryFigures> theirFigures = new ArrayList<>(end - done);
            for (int i = done; i < end; i++) {
                theirFigures.add(figures.getOrDefault((long) i, HistoryFigures.NONE));
            }
            history.addClients(people.subList(done, end), theirFigures)
                    .forEach(id -> made.add(new ClientRef(id, null)));
            progress.update(size.interactions() + end, steps);
        }
        for (int done = 0; done < size.interactions(); done += BATCH) {
            progress.checkCancelled();
            history.addInteractions(interactions.subList(done, Math.min(done + BATCH, size.interactions())).stream()
                    .map(interaction -> interaction.withParticipants(interaction.participants().stream()
                            .map(place -> made.get((int) place.id())).toList()))
                    .toList());
            progress.update(size.clients() + size.interactions() + done, steps);
        }
        int followUps = Math.max(1, made.size() / 20);
        history.addFollowUps(data.followUps(made, followUps));
        var consents = data.subscriptions(made);
        history.addSubscriptions(consents);
        progress.update(steps, steps);
        return new Made(made, size.interactions(), followUps, consents.size());
    }
}
