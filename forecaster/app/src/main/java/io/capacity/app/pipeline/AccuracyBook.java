package io.capacity.app.pipeline;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.forecast.ForecastPoints;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last {@link MetricSchema#ACCURACY_ROLLING_RUNS} scorings per series (in memory: after a restart the rolling
 * figures start again), and the {@code capacity_forecast_accuracy} point of a new scoring.
 */
final class AccuracyBook {
    private final Map<String, Deque<Accuracy>> recent = new ConcurrentHashMap<>();

    /** Adds a scoring and returns the rolling total including it. */
    Accuracy add(String seriesId, Accuracy a) {
        Deque<Accuracy> d = recent.computeIfAbsent(seriesId, k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(a);
            while (d.size() > MetricSchema.ACCURACY_ROLLING_RUNS) {
                d.removeFirst();
            }
            return d.stream().reduce(Accuracy.NONE, Accuracy::plus);
        }
    }

    /** Forgets a series' scorings (its model was chosen again, so older errors say nothing of the new one). */
    void reset(String seriesId) {
        recent.remove(seriesId);
    }

    static Point point(SeriesKey series, String model, Accuracy run, Accuracy rolling, Instant at) {
        TreeMap<String, Number> f = new TreeMap<>();
        put(f, "", run);
        put(f, MetricSchema.ACCURACY_ROLLING_SUFFIX, rolling);
        return new Point(MetricSchema.FORECAST_ACCURACY.name(), ForecastPoints.tags(series, model), f,
                at.getEpochSecond() * 1_000_000_000L + at.getNano());
    }

    private static void put(TreeMap<String, Number> f, String suffix, Accuracy a) {
        f.put(MetricSchema.ACCURACY_FIELD_STEPS + suffix, (long) a.steps());
        finite(f, MetricSchema.ACCURACY_FIELD_MASE + suffix, a.mase());
        finite(f, MetricSchema.accuracyCoverageField(80) + suffix, a.coverage(80));
        finite(f, MetricSchema.accuracyCoverageField(95) + suffix, a.coverage(95));
    }

    private static void finite(TreeMap<String, Number> f, String name, double v) {
        if (Double.isFinite(v)) {
            f.put(name, v);
        }
    }
}
