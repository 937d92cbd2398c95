package app.clientele.demo;

import app.clientele.domain.BulkHistory;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ExchangeRepository;
import app.clientele.exchange.Progress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

    public Made load(long seed, Size size, Progress progress) {
        if (!history.isEmpty()) {
            throw new ClienteleException("demo.error.notEmpty");
        }
        DemoData data = new DemoData(seed, LocalDate.now(clock), clock.getZone());
        long steps = size.clients() + (long) size.interactions();
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
        for (int done = 0; done < size.interactions(); done += BATCH) {
            progress.checkCancelled();
            history.addInteractions(data.interactions(made, Math.min(BATCH, size.interactions() - done)));
            progress.update(size.clients() + done, steps);
        }
        history.refreshActivity();
        int followUps = Math.max(1, made.size() / 20);
        history.addFollowUps(data.followUps(made, followUps));
        var consents = data.subscriptions(made);
        history.addSubscriptions(consents);
        progress.update(steps, steps);
        return new Made(made, size.interactions(), followUps, consents.size());
    }
}
