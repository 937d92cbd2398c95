package app.clientele.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;

/**
 * Icons from the project's {@code icons/} folder. Action icons are single-path SVGs drawn as a
 * region's shape, so they take the theme's text colour and scale cleanly.
 */
public final class Icons {
    private static final String FOLDER = "/app/clientele/icons/";
    private static final Pattern PATH_DATA = Pattern.compile("\\sd=\"([^\"]+)\"");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"(\\S+) (\\S+) (\\S+) (\\S+)\"");
    private static final Map<String, String> SHAPES = new ConcurrentHashMap<>();

    private Icons() {
    }

    /** A 16-pixel icon; {@code name} is the SVG's file name in icons/actions without ".svg". */
    public static Region action(String name) {
        return action(name, 16);
    }

    public static Region action(String name, double size) {
        Region icon = new Region();
        icon.getStyleClass().add("action-icon");
        icon.setStyle("-fx-shape: \"" + shape(name) + "\";");
        icon.setMinSize(size, size);
        icon.setPrefSize(size, size);
        icon.setMaxSize(size, size);
        return icon;
    }

    /** The application icon in every size, for the window and task bar. */
    public static List<Image> application() {
        return List.of(16, 24, 32, 48, 64, 128, 256, 512).stream()
                .map(size -> new Image(Icons.class.getResourceAsStream(FOLDER + "clientele-" + size + ".png")))
                .toList();
    }

    /**
     * The icon's path, with an empty segment at two opposite corners of its view box. A region
     * stretches its shape's bounds to its own size; those of the path alone would lose the icon's
     * proportions and margins (three dots side by side became three tall bars).
     */
    static String shape(String name) {
        return SHAPES.computeIfAbsent(name, Icons::readShape);
    }

    private static String readShape(String name) {
        try (InputStream in = Icons.class.getResourceAsStream(FOLDER + "actions/" + name + ".svg")) {
            if (in == null) {
                throw new IllegalArgumentException("no icon named " + name);
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher path = PATH_DATA.matcher(svg);
            Matcher box = VIEW_BOX.matcher(svg);
            if (!path.find() || !box.find()) {
                throw new IllegalArgumentException("icon " + name + " has no single path in a view box");
            }
            double left = Double.parseDouble(box.group(1));
            double top = Double.parseDouble(box.group(2));
            double right = left + Double.parseDouble(box.group(3));
            double bottom = top + Double.parseDouble(box.group(4));
            return path.group(1) + " M" + left + "," + top + "h0 M" + right + "," + bottom + "h0";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
