package io.capacity.store.forecast.parquet;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.schema.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A series' rows as {@link ForecastParquet} reads them ({@code time} in epoch microseconds, {@code step},
 * {@code point}, lower and upper per level, {@code model}, {@code error}), checked: one error row, or steps 1 to n at
 * evenly spaced times. A problem is an {@link IllegalArgumentException} saying what is wrong and what is expected.
 */
final class SeriesCheck {
    private SeriesCheck() {
    }

    static JobSeries of(String id, List<Object[]> rows, double[] levelValues) {
        int levels = levelValues.length;
        SeriesKey key = SeriesKey.parse(id);
        int errorAt = 4 + 2 * levels;
        Object[] first = rows.get(0);
        if (first[0] == null && first[1] == null) {
            if (rows.size() > 1 || first[errorAt] == null) {
                throw new IllegalArgumentException("a row without a time and step that is not the series' one "
                        + "error row; expected either one row with an error or rows with a time and step each");
            }
            return new JobSeries(key, null, (String) first[errorAt]);
        }
        int n = rows.size();
        long[] t = new long[n];
        double[] mean = new double[n];
        double[][] lower = new double[levels][n];
        double[][] upper = new double[levels][n];
        String error = null;
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            if (r[0] == null || r[1] == null || ((Number) r[1]).intValue() != i + 1) {
                throw new IllegalArgumentException("row " + (i + 1) + " has step " + r[1] + " and time "
                        + (r[0] == null ? null : micros((Number) r[0])) + "; expected steps 1 to " + n
                        + ", each once with a time");
            }
            t[i] = ((Number) r[0]).longValue();
            mean[i] = number(r[2]);
            for (int l = 0; l < levels; l++) {
                lower[l][i] = number(r[3 + 2 * l]);
                upper[l][i] = number(r[4 + 2 * l]);
            }
            error = error != null ? error : (String) r[errorAt];
        }
        long stepUs = n > 1 ? t[1] - t[0] : 0;
        for (int i = 1; i < n; i++) {
            if (stepUs <= 0 || t[i] - t[0] != stepUs * i) {
                throw new IllegalArgumentException("step " + (i + 1) + " is at " + micros(t[i]) + ", off the "
                        + "grid of step 1 at " + micros(t[0]) + " and step 2 at " + micros(t[1])
                        + "; expected evenly spaced times in step order");
            }
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            intervals.add(new PredictionInterval(levelValues[l], lower[l], upper[l]));
        }
        return new JobSeries(key, new Forecast(id, micros(t[0]),
                // One step has no spacing; the layout needs only its own time.
                n > 1 ? Duration.ofNanos(Math.multiplyExact(stepUs, 1000L)) : Duration.ofSeconds(1), mean,
                intervals, null, null, method(rows.get(0)[3 + 2 * levels]),
                null, Quality.ungraded()), error);
    }

    private static String method(Object model) {
        return model == null ? "" : (String) model;
    }

    private static double number(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    private static Instant micros(Number us) {
        return micros(us.longValue());
    }

    private static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
    }
}
