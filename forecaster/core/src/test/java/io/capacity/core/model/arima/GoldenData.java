package io.capacity.core.model.arima;

import io.capacity.core.series.TimeSeries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<String> lines = lines("/golden/arima/series/" + name + ".csv");
        int freq = Integer.parseInt(lines.get(0).replaceAll(".*frequency=(\\d+).*", "$1"));
        double[] v = lines.stream().skip(1).mapToDouble(s -> s.trim().equals("NA") ? Double.NaN
                : Double.parseDouble(s.trim())).toArray();
        return new Series(TimeSeries.of(name, v), freq);
    }

    /** case -> key -> value from arima_fits.csv. */
    static Map<String, Map<String, Double>> fits() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String line : lines("/golden/arima/arima_fits.csv").subList(1, lines("/golden/arima/arima_fits.csv").size())) {
            String[] f = line.split(",");
            out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Double.parseDouble(f[2].trim()));
        }
        return out;
    }

    /** Rows of auto_arima.csv as column name -> text. */
    static List<Map<String, String>> autoRows() {
        List<String> lines = lines("/golden/arima/auto_arima.csv");
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], f[i].trim());
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> lines(String resource) {
        try (InputStream in = GoldenData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
