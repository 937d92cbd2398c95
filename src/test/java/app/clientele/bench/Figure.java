package app.clientele.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One benchmark figure: what was measured, against what baseline, and the target it must meet. */
record Figure(String name, String target, double value, double baseline, String unit, boolean met) {

    static String table(List<Figure> figures) {
        List<String> rows = new ArrayList<>();
        rows.add("| measurement | value | baseline | ratio | target | met |");
        rows.add("|---|---|---|---|---|---|");
        for (Figure figure : figures) {
            rows.add(String.format(Locale.ROOT, "| %s | %.1f %s | %s | %s | %s | %s |", figure.name(), figure.value(),
                    figure.unit(), figure.baseline() > 0 ? String.format(Locale.ROOT, "%.1f %s", figure.baseline(),
                            figure.unit()) : "–",
                    figure.baseline() > 0 ? String.format(Locale.ROOT, "%.2f×", figure.value() / figure.baseline()) : "–",
                    figure.target(), figure.met() ? "yes" : "**no**"));
        }
        return String.join("\n", rows);
    }
}
