package io.capacity.store.forecast;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a stored forecast back through any {@link MetricStore}'s own series listing and raw reads, so both
 * adapters share one implementation. Steps are laid on a regular grid whose spacing is the smallest gap between
 * stored steps; grid steps without a stored value are NaN.
 */
public final class ForecastReader {
    private static final String LOWER = "lower_";
    private static final String UPPER = "upper_";

    private ForecastReader() {
    }

    public static Optional<Forecast> read(MetricStore store, SeriesKey series, String model, Instant from, Instant to) {
        return read(store, series, model, from, to, null);
    }

    /**
     * {@link #read}, looking only for the intervals at {@code levels} (null: every level stored, found through the
     * store's series listing, whose cost grows with the number of series stored).
     */
    public static Optional<Forecast> read(MetricStore store, SeriesKey series, String model, Instant from, Instant to,
                                          double[] levels) {
        SortedMap<String, String> tags = ForecastPoints.tags(series, model);
        String measurement = MetricSchema.FORECAST.name();
        SeriesData mean = readField(store, measurement, tags, MetricSchema.FORECAST_FIELD_MEAN, from, to);
        if (mean.size() == 0) {
            return Optional.empty();
        }
        List<Double> wanted = levels != null ? java.util.Arrays.stream(levels).boxed().toList()
                : levels(store.series(new SeriesFilter(measurement, null, tags)).stream()
                        .filter(k -> k.tags().equals(tags)).toList());
        StepGrid grid = StepGrid.of(mean.timesNanos(), store, measurement, tags, from, to);
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double level : wanted) {
            SeriesData lo = readField(store, measurement, tags, MetricSchema.forecastLowerField(level), from, to);
            SeriesData hi = readField(store, measurement, tags, MetricSchema.forecastUpperField(level), from, to);
            if (levels != null && (lo.size() == 0 || hi.size() == 0)) {
                continue;   // not stored at this level, as a listing would have said
            }
            intervals.add(new PredictionInterval(level, grid.place(lo), grid.place(hi)));
        }
        return Optional.of(new Forecast(series.toString(), grid.start(), grid.step(), grid.place(mean), intervals,
                null, null, model, null, Quality.ungraded()));
    }

    private static SeriesData readField(MetricStore store, String measurement, SortedMap<String, String> tags,
                                        String field, Instant from, Instant to) {
        return store.read(SeriesQuery.raw(new SeriesKey(measurement, tags, field), from, to));
    }

    /** Levels that have both a lower and an upper field. */
    private static List<Double> levels(List<SeriesKey> keys) {
        TreeMap<Double, Integer> seen = new TreeMap<>();
        for (SeriesKey k : keys) {
            String f = k.field();
            String level = f.startsWith(LOWER) ? f.substring(LOWER.length())
                    : f.startsWith(UPPER) ? f.substring(UPPER.length()) : null;
            if (level != null) {
                try {
                    seen.merge(Double.parseDouble(level), 1, Integer::sum);
                } catch (NumberFormatException ignored) {
                    // a field such as lower_bound written by someone else is not an interval of ours
                }
            }
        }
        return seen.entrySet().stream().filter(e -> e.getValue() == 2 && e.getKey() > 0 && e.getKey() < 100)
                .map(e -> e.getKey()).toList();
    }

    /** Builds a one-step forecast's spacing from its issue time, the only other time stored with it. */
    static Duration stepFromIssue(MetricStore store, String measurement, SortedMap<String, String> tags,
                                  long stepNanos, Instant from, Instant to) {
        SeriesData issued = readField(store, measurement, tags, MetricSchema.FORECAST_FIELD_ISSUED, from, to);
        if (issued.size() > 0) {
            long gap = stepNanos - (long) issued.value(0) * 1_000_000_000L;
            if (gap > 0) {
                return Duration.ofNanos(gap);
            }
        }
        return Duration.ofSeconds(1);
    }
}
