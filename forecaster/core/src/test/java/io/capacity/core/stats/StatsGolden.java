package io.capacity.core.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the fixtures written by {@code src/test/R/stats.R}; public so the ARIMA tests can share them. */
public final class StatsGolden {
    private StatsGolden() {
    }

    /** Series values (frequency in the first line's comment). */
    public static double[] series(String name) {
        return lines("/golden/stats/series/" + name + ".csv").stream().skip(1).mapToDouble(Double::parseDouble)
                .toArray();
    }

    public static int frequency(String name) {
        return Integer.parseInt(lines("/golden/stats/series/" + name + ".csv").get(0)
                .replaceAll(".*frequency=(\\d+).*", "$1"));
    }

    /** Rows of a golden CSV as column name to text, in file order. */
    public static List<Map<String, String>> rows(String file) {
        List<String> lines = lines("/golden/stats/" + file);
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

    private static List<String> lines(String resource) {
        try (InputStream in = StatsGolden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
