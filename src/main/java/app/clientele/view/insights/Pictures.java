package app.clientele.view.insights;

import app.clientele.viewmodel.insights.DashboardViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * A node's picture as a PNG file. The snapshot is taken at once (on the FX thread); the pixels are
 * copied into an AWT image, which the JDK's ImageIO writes as PNG wherever the view-model decides,
 * off the FX thread. No JavaFX–Swing bridge is needed for that.
 */
final class Pictures {
    private Pictures() {
    }

    static DashboardViewModel.Picture of(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage snapshot = node.snapshot(parameters, null);
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        int[] pixels = new int[width * height];
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return file -> write(image, file);
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
