package app.clientele.demo;

import app.clientele.domain.BulkHistory;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ExchangeRepository;
import app.clientele.domain.Interaction;
import app.clientele.exchange.Progress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fills an empty database with {@link DemoData}: the clients in one transaction, then their
 * history in batches, reporting progress and stopping when cancelled.
 */
public final class SampleData {
    private static final int BATCH = 20_000;

    private final ExchangeRepository clients;
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

    public SampleData(ExchangeRepository clients, BulkHistory history, Clock clock) {
        this.clients = clients;
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
            return fill(new DemoData(seed, LocalDate.now(clock), clock.getZone()), size, progress);
        } catch (RuntimeException failedOrCancelled) {
            history.removeAll();
            throw failedOrCancelled;
        }
    }

    private Made fill(DemoData data, Size size, Progress progress) {
        long steps = size.clients() + 2L * size.interactions();
        List<ClientRef> made = clients.inOneTransaction(session -> {
            for (int i = 0; i < size.clients(); i++) {
                session.create(data.client(i));
                if (i % 1_000 == 0) {
                    progress.checkCancelled();
                    progress.update(i, steps);
                }
            }
            List<ClientRef> refs = new ArrayList<>(size.clients());
            for (int i = 0; i < size.clients(); i++) {
                refs.add(new ClientRef(session.createdId(i), null));
            }
            return refs;
        });
        // Written oldest first, as a real history grows: each index on time is then appended to
        // at its end instead of being split all over, which keeps the load fast and the file small.
        List<Interaction> interactions = new ArrayList<>(size.interactions());
        for (int done = 0; done < size.interactions(); done += BATCH) {
            progress.checkCancelled();
            interactions.addAll(data.interactions(made, Math.min(BATCH, size.interactions() - done)));
            progress.update(size.clients() + done, steps);
        }
        interactions.sort(Comparator.comparing(Interaction::occurredAt));
        for (int done = 0; done < size.interactions(); done += BATCH) {
            progress.checkCancelled();
            history.addInteractions(interactions.subList(done, Math.min(done + BATCH, size.interactions())));
            progress.update(size.clients() + size.interactions() + done, steps);
        }
        // Worked out from the history in hand rather than read back from a million rows.
        history.setActivity(interactions);
        int followUps = Math.max(1, made.size() / 20);
        history.addFollowUps(data.followUps(made, followUps));
        var consents = data.subscriptions(made);
        history.addSubscriptions(consents);
        progress.update(steps, steps);
        return new Made(made, size.interactions(), followUps, consents.size());
    }
}
