package app.clientele.view.insights;

import app.clientele.domain.Channel;
import app.clientele.domain.InsightsRepository.ScoredClient;
import app.clientele.i18n.Texts;
import app.clientele.insights.Dashboard;
import app.clientele.view.Icons;
import app.clientele.viewmodel.insights.DashboardViewModel;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/**
 * The dashboard's tiles, drawn with JavaFX's own charts from the view-model's figures. Every bar,
 * slice and point opens the Clients view on the clients behind it; each tile saves as a picture.
 * Chart parts carry ids such as {@code relationshipChart-CUSTOMER} or {@code addedChart-23}.
 */
public final class DashboardView {
    private final DashboardViewModel dashboard;
    private final Texts texts;
    private final NumberFormat numbers;

    @FXML private BorderPane dashboardPane;
    @FXML private Label summaryLabel;
    @FXML private Button refreshButton;
    @FXML private ChartCard relationshipCard;
    @FXML private ChartCard segmentCard;
    @FXML private ChartCard typeCard;
    @FXML private ChartCard addedCard;
    @FXML private ChartCard interactionsCard;
    @FXML private ChartCard followUpsCard;
    @FXML private ChartCard overdueCard;
    @FXML private ChartCard satisfactionCard;
    @FXML private ChartCard scoresCard;
    @FXML private ChartCard atRiskCard;
    @FXML private ChartCard keepInTouchCard;
    @FXML private ChartCard repeatCard;
    @FXML private PieChart relationshipChart;
    @FXML private PieChart segmentChart;
    @FXML private PieChart typeChart;
    @FXML private BarChart<String, Number> addedChart;
    @FXML private StackedBarChart<String, Number> interactionsChart;
    @FXML private StackedBarChart<String, Number> followUpsChart;
    @FXML private LineChart<String, Number> overdueChart;
    @FXML private LineChart<String, Number> satisfactionChart;
    @FXML private BarChart<String, Number> scoresChart;
    @FXML private ListView<ScoredClient> atRiskList;
    @FXML private Hyperlink allAtRiskLink;
    @FXML private PieChart keepInTouchChart;
    @FXML private PieChart repeatChart;

    public DashboardView(DashboardViewModel dashboard, Texts texts) {
        this.dashboard = dashboard;
        this.texts = texts;
        this.numbers = NumberFormat.getIntegerInstance(texts.locale());
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(dashboard.summaryProperty());
        refreshButton.setGraphic(Icons.action("backup-restore"));
        refreshButton.disableProperty().bind(dashboard.busyProperty());
        for (Chart chart : List.of(relationshipChart, segmentChart, typeChart, addedChart, interactionsChart,
                followUpsChart, overdueChart, satisfactionChart, scoresChart, keepInTouchChart, repeatChart)) {
            chart.setAnimated(false);
        }
        for (XYChart<String, Number> chart : List.of(addedChart, interactionsChart, followUpsChart, overdueChart,
                scoresChart)) {
            ((NumberAxis) chart.getYAxis()).setTickLabelFormatter(wholeNumbers());
        }
        for (ChartCard card : List.of(relationshipCard, segmentCard, typeCard, addedCard, interactionsCard,
                followUpsCard, overdueCard, satisfactionCard, scoresCard, atRiskCard, keepInTouchCard, repeatCard)) {
            card.onSave(texts.get("insights.picture.save"),
                    () -> dashboard.savePicture(card.getTitle(), Pictures.of(card.getContent())));
        }
        atRiskList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ScoredClient item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.get("insights.atRisk.entry", item.client().displayName(),
                        item.score(), dashboard.dateLabel(item.scoredAt())));
            }
        });
        atRiskList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelectedAtRisk();
            }
        });
        atRiskList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelectedAtRisk();
            }
        });
        dashboard.dashboardProperty().addListener((observable, before, figures) -> show(figures));
        // Shown again (the user came back to it): count afresh.
        dashboardPane.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                dashboard.load();
            }
        });
    }

    @FXML
    private void onRefresh() {
        dashboard.load();
    }

    @FXML
    private void onShowAtRisk() {
        dashboard.showAtRisk();
    }

    private void openSelectedAtRisk() {
        ScoredClient selected = atRiskList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dashboard.openClient(selected.client());
        }
    }

    private void show(Dashboard figures) {
        if (figures == null) {
            return;
        }
        pie(relationshipChart, figures.byRelationship(), dashboard::showRelationship);
        pie(segmentChart, figures.bySegment(), dashboard::showSegment);
        pie(typeChart, figures.byCustomerType(), dashboard::showCustomerType);
        pie(keepInTouchChart, figures.keepInTouch(), dashboard::showKeepInTouch);
        pie(repeatChart, figures.repeat(), dashboard::showRepeat);

        XYChart.Series<String, Number> added = new XYChart.Series<>();
        figures.added().forEach(month -> added.getData().add(
                new XYChart.Data<>(dashboard.monthLabel(month.month()), month.count())));
        addedChart.getData().setAll(List.of(added));
        for (int i = 0; i < figures.added().size(); i++) {
            Dashboard.MonthCount month = figures.added().get(i);
            clickable(added.getData().get(i).getNode(), addedChart.getId() + "-" + i, month.count(),
                    () -> dashboard.showAdded(month.month()));
        }

        interactions(figures.interactions());
        followUps(figures.followUps());

        XYChart.Series<String, Number> overdue = new XYChart.Series<>();
        figures.overdue().forEach(point -> overdue.getData().add(
                new XYChart.Data<>(dashboard.dayLabel(point.moment()), point.count())));
        overdueChart.getData().setAll(List.of(overdue));
        for (int i = 0; i < figures.overdue().size(); i++) {
            Dashboard.MomentCount point = figures.overdue().get(i);
            clickable(overdue.getData().get(i).getNode(), overdueChart.getId() + "-" + i, point.count(),
                    () -> dashboard.showOverdue(point.moment()));
        }

        XYChart.Series<String, Number> satisfaction = new XYChart.Series<>();
        figures.satisfaction().stream().filter(month -> month.average() != null).forEach(month ->
                satisfaction.getData().add(new XYChart.Data<>(dashboard.monthLabel(month.month()), month.average())));
        satisfactionChart.getData().setAll(List.of(satisfaction));
        List<Dashboard.MonthScore> scored = figures.satisfaction().stream().filter(month -> month.average() != null)
                .toList();
        for (int i = 0; i < scored.size(); i++) {
            Dashboard.MonthScore month = scored.get(i);
            clickable(satisfaction.getData().get(i).getNode(), satisfactionChart.getId() + "-" + i, month.scores(),
                    () -> dashboard.showScored(month.month()));
        }

        XYChart.Series<String, Number> scores = new XYChart.Series<>();
        figures.byLastScore().forEach((score, count) -> scores.getData().add(
                new XYChart.Data<>(dashboard.scoreLabel(score), count)));
        scoresChart.getData().setAll(List.of(scores));
        int bar = 0;
        for (Map.Entry<Integer, Long> score : figures.byLastScore().entrySet()) {
            clickable(scores.getData().get(bar++).getNode(), scoresChart.getId() + "-" + score.getKey(),
                    score.getValue(), () -> dashboard.showLastScore(score.getKey()));
        }

        atRiskList.getItems().setAll(figures.atRisk());
        allAtRiskLink.setText(texts.get("insights.atRisk.all", figures.atRiskClients()));
        allAtRiskLink.setDisable(figures.atRiskClients() == 0);
    }

    /** A month per bar, a channel per colour; only channels used in the year get a colour. */
    private void interactions(List<Dashboard.MonthChannels> months) {
        interactionsChart.getData().clear();
        for (Channel channel : Channel.values()) {
            if (months.stream().allMatch(month -> month.byChannel().get(channel) == 0)) {
                continue;
            }
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(dashboard.label(channel));
            months.forEach(month -> series.getData().add(
                    new XYChart.Data<>(dashboard.monthLabel(month.month()), month.byChannel().get(channel))));
            interactionsChart.getData().add(series);
            for (int i = 0; i < months.size(); i++) {
                Dashboard.MonthChannels month = months.get(i);
                clickable(series.getData().get(i).getNode(), interactionsChart.getId() + "-" + channel + "-" + i,
                        month.byChannel().get(channel), () -> dashboard.showContacted(month.month(), channel));
            }
        }
    }

    private void followUps(List<Dashboard.MonthTimeliness> months) {
        followUpsChart.getData().clear();
        for (boolean onTime : new boolean[] {true, false}) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(texts.get(onTime ? "insights.followUps.onTime" : "insights.followUps.late"));
            months.forEach(month -> series.getData().add(new XYChart.Data<>(dashboard.monthLabel(month.month()),
                    onTime ? month.onTime() : month.late())));
            followUpsChart.getData().add(series);
            for (int i = 0; i < months.size(); i++) {
                Dashboard.MonthTimeliness month = months.get(i);
                clickable(series.getData().get(i).getNode(),
                        followUpsChart.getId() + (onTime ? "-onTime-" : "-late-") + i,
                        onTime ? month.onTime() : month.late(),
                        () -> dashboard.showFollowUpsDone(month.month(), onTime));
            }
        }
    }

    /** One slice per value with any clients, labelled with its count. */
    private <E extends Enum<E>> void pie(PieChart chart, Map<E, Long> counts, Consumer<E> open) {
        chart.getData().clear();
        counts.forEach((value, count) -> {
            if (count > 0) {
                PieChart.Data slice = new PieChart.Data(dashboard.label(value) + " · " + numbers.format(count), count);
                chart.getData().add(slice);
                clickable(slice.getNode(), chart.getId() + "-" + value.name(), count, () -> open.accept(value));
            }
        });
    }

    private void clickable(Node node, String id, long count, Runnable open) {
        node.setId(id);
        if (count == 0) {
            return;
        }
        node.setCursor(Cursor.HAND);
        node.getStyleClass().add("chart-link");
        Tooltip.install(node, new Tooltip(texts.get("insights.clickToSee")));
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                open.run();
            }
        });
    }

    private StringConverter<Number> wholeNumbers() {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double number = value.doubleValue();
                return number == Math.rint(number) ? numbers.format(number) : "";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not edited");
            }
        };
    }
}
