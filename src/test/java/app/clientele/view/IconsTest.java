package app.clientele.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Bounds;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class IconsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void shape_ofAWideFlatIcon_spansItsWholeViewBox_soTheIconKeepsItsProportions() {
        SVGPath dots = new SVGPath();
        dots.setContent(Icons.shape("dots-horizontal"));

        Bounds bounds = dots.getLayoutBounds();

        assertEquals(0, bounds.getMinX(), 0.01);
        assertEquals(0, bounds.getMinY(), 0.01);
        assertEquals(24, bounds.getWidth(), 0.01);
        assertEquals(24, bounds.getHeight(), 0.01);
    }
}
