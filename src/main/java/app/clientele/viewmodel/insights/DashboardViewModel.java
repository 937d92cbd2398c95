package app.clientele.viewmodel.insights;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.CustomerType;
import app.clientele.domain.InsightsRepository.Moment;
import app.clientele.domain.KeepInTouchState;
import app.clientele.domain.Relationship;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.ScoreRange;
import app.clientele.domain.Segment;
import app.clientele.i18n.Texts;
import app.clientele.insights.Dashboard;
import app.clientele.insights.Insights;
import app.clientele.insights.Month;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.interactions.BusyRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The dashboard: its figures, read in the background whenever it is shown, the texts for its
 * labels, and what each bar, slice or point opens: the Clients view filtered to the clients behind
 * it. Charts are saved as pictures through {@link #savePicture}.
 */
public final class DashboardViewModel {
    /** Shows the Clients view filtered, with a label saying what it shows. */
    @FunctionalInterface
    public interface ClientsOpener {
        void open(ClientFilter filter, String label);
    }

    /** A chart's picture, which the view writes to a file. */
    @FunctionalInterface
    public interface Picture {
        void writeTo(Path file) throws IOException;
    }

    private final Insights insights;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Dates dates;
    private final ClientsOpener opener;
    private final Consumer<ClientRef> clientOpener;
    private final BusyRunner runner;
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final StringBinding summary;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter longMonth;

    public DashboardViewModel(Insights insights, TaskRunner tasks, Dialogs dialogs, Texts texts, Dates dates,
                              ClientsOpener opener, Consumer<ClientRef> clientOpener) {
        this.insights = insights;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dates = dates;
        this.opener = opener;
        this.clientOpener = clientOpener;
        this.runner = new BusyRunner(tasks, dialogs, texts);
        shortMonth = DateTimeFormatter.ofPattern(texts.get("insights.month.short"), texts.locale());
        longMonth = DateTimeFormatter.ofPattern(texts.get("insights.month.long"), texts.locale());
        summary = Bindings.createStringBinding(() -> dashboard.get() == null ? "" : texts.get("insights.summary",
                dashboard.get().activeClients(), dates.date(dashboard.get().today())), dashboard);
    }

    /** Counts everything again for today. */
    public void load() {
        runner.run("task.loadDashboard", progress -> insights.dashboard(dates.today(), dates.zone()), dashboard::set);
    }

    // --- Labels ---

    /** A month on a chart's axis: "Mar 26", "26년 3월". */
    public String monthLabel(Month month) {
        return shortMonth.format(month.month());
    }

    public String label(Enum<?> value) {
        return texts.of(value);
    }

    public String scoreLabel(int score) {
        return texts.get("insights.score", score);
    }

    public String dayLabel(Moment moment) {
        return dates.date(moment.day());
    }

    /** The day of a moment, in the user's zone. */
    public String dateLabel(Instant at) {
        return dates.date(dates.dayOf(at));
    }

    // --- What a bar, slice or point opens ---

    public void showRelationship(Relationship relationship) {
        open(Insights.withRelationship(relationship), "insights.show.relationship", label(relationship));
    }

    public void showSegment(Segment segment) {
        open(Insights.withSegment(segment), "insights.show.segment", label(segment));
    }

    public void showCustomerType(CustomerType type) {
        open(Insights.withCustomerType(type), "insights.show.customerType", label(type));
    }

    public void showAdded(Month month) {
        open(Insights.addedIn(month.month()), "insights.show.added", longMonth.format(month.month()));
    }

    public void showLastScore(int score) {
        open(Insights.withLastScore(ScoreRange.of(score)), "insights.show.lastScore", score);
    }

    public void showAtRisk() {
        open(Insights.withLastScore(ScoreRange.AT_RISK), "insights.show.atRisk");
    }

    public void showKeepInTouch(KeepInTouchState state) {
        open(Insights.inState(state), "insights.show.keepInTouch", label(state));
    }

    public void showRepeat(RepeatBusiness repeat) {
        open(Insights.withRepeat(repeat), "insights.show.repeat", label(repeat));
    }

    public void showContacted(Month month, Channel channel) {
        openLater(() -> insights.contactedIn(month, channel), "insights.show.contacted", label(channel),
                longMonth.format(month.month()));
    }

    public void showScored(Month month) {
        openLater(() -> insights.scoredIn(month), "insights.show.scored", longMonth.format(month.month()));
    }

    public void showFollowUpsDone(Month month, boolean onTime) {
        openLater(() -> insights.followUpsDoneIn(month, onTime, dates.zone()),
                onTime ? "insights.show.onTime" : "insights.show.late", longMonth.format(month.month()));
    }

    public void showOverdue(Moment moment) {
        openLater(() -> insights.overdueAt(moment), "insights.show.overdue", dayLabel(moment));
    }

    /** Opens one client of the at-risk list in the Clients workspace. */
    public void openClient(ClientRef client) {
        clientOpener.accept(client);
    }

    private void open(ClientFilter filter, String labelKey, Object... arguments) {
        opener.open(filter, texts.get(labelKey, arguments));
    }

    /** For charts whose clients are looked up in the database first. */
    private void openLater(Supplier<ClientFilter> lookUp, String labelKey, Object... arguments) {
        runner.run("task.findClients", progress -> lookUp.get(), filter -> open(filter, labelKey, arguments));
    }

    // --- Pictures ---

    /** Asks where to save a chart as a PNG picture and writes it there. */
    public void savePicture(String chartTitle, Picture picture) {
        String suggested = texts.get("insights.picture.fileName", chartTitle, dates.today().toString()) + ".png";
        dialogs.chooseFileToSave(texts.get("insights.picture.title"), suggested, "*.png").ifPresent(file ->
                runner.run("task.savePicture", progress -> {
                    picture.writeTo(file);
                    return file;
                }, saved -> { }));
    }

    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() { return dashboard.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
    public StringBinding summaryProperty() { return summary; }
}
