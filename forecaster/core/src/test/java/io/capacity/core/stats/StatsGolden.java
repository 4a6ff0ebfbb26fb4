package io.capacity.core.stats;

import io.capacity.core.golden.GoldenFiles;

import java.util.List;
import java.util.Map;

/** Reads the fixtures written by {@code src/test/R/stats.R}; public so the ARIMA tests can share them. */
public final class StatsGolden {
    private StatsGolden() {
    }

    /** Series values (frequency in the first line's comment). */
    public static double[] series(String name) {
        return GoldenFiles.lines("/golden/stats/series/" + name + ".csv").stream().skip(1)
                .mapToDouble(Double::parseDouble).toArray();
    }

    public static int frequency(String name) {
        return Integer.parseInt(GoldenFiles.lines("/golden/stats/series/" + name + ".csv").get(0)
                .replaceAll(".*frequency=(\\d+).*", "$1"));
    }

    /** Rows of a golden CSV as column name to text, in file order. */
    public static List<Map<String, String>> rows(String file) {
        return GoldenFiles.rows("/golden/stats/" + file);
    }
}
