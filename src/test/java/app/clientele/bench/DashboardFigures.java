package app.clientele.bench;

import app.clientele.domain.Channel;
import app.clientele.insights.Insights;
import app.clientele.insights.Month;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiInsightsRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The dashboard of issue 9: every chart's figures at once, against one plain aggregate over all
 * interactions (the least any picture of the history has to read), measured in the same run.
 */
final class DashboardFigures {
    private static final int WARM_UP = 5;

    private DashboardFigures() {
    }

    static List<Figure> measure(Path data, int runs) {
        try (Database database = Database.open(data)) {
            Jdbi jdbi = database.jdbi();
            Insights insights = new Insights(new JdbiInsightsRepository(jdbi), Insights.queryThreads());
            LocalDate today = LocalDate.now();
            ZoneId zone = ZoneId.systemDefault();
            Month recent = Month.last(12, today, zone).get(10);
            Supplier<Object> baseline = () -> jdbi.withHandle(handle -> handle.createQuery(
                    "SELECT channel, COUNT(*) FROM interaction GROUP BY channel").mapToMap().list());
            Supplier<Object> dashboard = () -> insights.dashboard(today, zone);
            Supplier<Object> chartClick = () -> insights.contactedIn(recent, Channel.PHONE_CALL);
            for (int i = 0; i < WARM_UP; i++) {
                baseline.get();
                dashboard.get();
            }
            Samples plain = new Samples();
            Samples whole = new Samples();
            Samples click = new Samples();
            for (int run = 0; run < Math.max(runs, 10); run++) {
                plain.add(millis(baseline));
                whole.add(millis(dashboard));
                click.add(millis(chartClick));
            }
            return List.of(
                    new Figure("Dashboard, every chart (" + whole.range() + " ms)", "≤ 300 ms", whole.median(),
                            plain.median(), "ms", whole.median() <= 300),
                    new Figure("Dashboard chart click: clients with a phone call in a month", "≤ 300 ms",
                            click.median(), plain.median(), "ms", click.median() <= 300));
        }
    }

    private static double millis(Supplier<Object> work) {
        long started = System.nanoTime();
        work.get();
        return (System.nanoTime() - started) / 1e6;
    }
}
