package app.clientele.view.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.viewmodel.insights.DashboardViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class PicturesTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aChartsPicture_isAPngOfItsSize() throws Exception {
        AtomicReference<DashboardViewModel.Picture> picture = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            PieChart chart = new PieChart();
            chart.setAnimated(false);
            chart.getData().setAll(new PieChart.Data("Client", 3), new PieChart.Data("Customer", 2));
            StackPane root = new StackPane(chart);
            new Scene(root, 320, 240);
            root.applyCss();
            root.layout();
            picture.set(Pictures.of(chart));
        });
        Path file = folder.resolve("chart.png");

        picture.get().writeTo(file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(320, read.getWidth());
        assertEquals(240, read.getHeight());
    }
}
