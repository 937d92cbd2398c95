package app.clientele.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repeated timings of one thing: median, percentile, minimum and maximum. */
final class Samples {
    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    double median() {
        return percentile(50);
    }

    double percentile(int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    String range() {
        return String.format(Locale.ROOT, "%.0f–%.0f", Collections.min(values), Collections.max(values));
    }

    int size() {
        return values.size();
    }
}
