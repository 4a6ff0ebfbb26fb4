package io.capacity.app.query;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import io.capacity.store.forecast.ForecastPoints;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The pipeline's latest rolling accuracy of a series ({@code capacity_forecast_accuracy}, the {@code _rolling}
 * fields): its forecasts of the last runs scored against what happened.
 *
 * @param steps    forecast steps scored
 * @param coverage share of actuals inside the band, by level (the levels the pipeline scores: 80 and 95)
 */
record RollingAccuracy(int steps, Map<Double, Double> coverage) {
    /** Scorings older than this are not the current model's. */
    static final Duration MAX_AGE = Duration.ofDays(2);
    private static final double[] SCORED = {80, 95};

    RollingAccuracy {
        coverage = Map.copyOf(coverage);
    }

    static Optional<RollingAccuracy> read(MetricStore store, SeriesKey series, String model, Instant now) {
        SortedMap<String, String> tags = ForecastPoints.tags(series, model);
        String suffix = MetricSchema.ACCURACY_ROLLING_SUFFIX;
        double steps = last(store, tags, MetricSchema.ACCURACY_FIELD_STEPS + suffix, now);
        if (!(steps >= 1)) {
            return Optional.empty();
        }
        Map<Double, Double> coverage = new TreeMap<>();
        for (double level : SCORED) {
            double c = last(store, tags, MetricSchema.accuracyCoverageField(level) + suffix, now);
            if (Double.isFinite(c)) {
                coverage.put(level, c);
            }
        }
        return Optional.of(new RollingAccuracy((int) steps, coverage));
    }

    private static double last(MetricStore store, SortedMap<String, String> tags, String field, Instant now) {
        SeriesKey k = new SeriesKey(MetricSchema.FORECAST_ACCURACY.name(), tags, field);
        SeriesData d = store.read(SeriesQuery.raw(k, now.minus(MAX_AGE), now.plusSeconds(1)));
        return d.size() == 0 ? Double.NaN : d.value(d.size() - 1);
    }
}
