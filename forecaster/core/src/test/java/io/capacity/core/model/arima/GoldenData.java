package io.capacity.core.model.arima;

import io.capacity.core.golden.GoldenFiles;
import io.capacity.core.series.TimeSeries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the fixtures written by {@code src/test/R/arima.R}. */
final class GoldenData {
    private GoldenData() {
    }

    /** A series exported from R with its frequency. */
    record Series(TimeSeries series, int frequency) {
    }

    static Series series(String name) {
        List<String> lines = GoldenFiles.lines("/golden/arima/series/" + name + ".csv");
        int freq = Integer.parseInt(lines.get(0).replaceAll(".*frequency=(\\d+).*", "$1"));
        double[] v = lines.stream().skip(1).mapToDouble(s -> s.trim().equals("NA") ? Double.NaN
                : Double.parseDouble(s.trim())).toArray();
        return new Series(TimeSeries.of(name, v), freq);
    }

    /** case -> key -> value from arima_fits.csv. */
    static Map<String, Map<String, Double>> fits() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        List<String> lines = GoldenFiles.lines("/golden/arima/arima_fits.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Double.parseDouble(f[2].trim()));
        }
        return out;
    }

    /** Rows of auto_arima.csv as column name -> text. */
    static List<Map<String, String>> autoRows() {
        return GoldenFiles.rows("/golden/arima/auto_arima.csv");
    }
}
