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
        icon.setStyle("-fx-shape: \"" + SHAPES.computeIfAbsent(name, Icons::readPath) + "\";");
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

    private static String readPath(String name) {
        try (InputStream in = Icons.class.getResourceAsStream(FOLDER + "actions/" + name + ".svg")) {
            if (in == null) {
                throw new IllegalArgumentException("no icon named " + name);
            }
            Matcher path = PATH_DATA.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!path.find()) {
                throw new IllegalArgumentException("icon " + name + " has no single path");
            }
            return path.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
