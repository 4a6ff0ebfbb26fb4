package io.capacity.app.series;

import io.capacity.app.RequestProblem;
import io.capacity.schema.SeriesKey;
import io.capacity.store.WindowAggregation;
import io.capacity.store.io.ExportOptions;
import java.time.Duration;
import java.time.Instant;

/**
 * One series' points on a regular grid: each step the aggregation of its window ({@code step} long), counters as
 * per-second rates first.
 *
 * @param series the series; null only in {@link #DEFAULTS}, which a front end completes with {@link #of}
 */
public record PointsRequest(SeriesKey series, Instant from, Instant to, Duration step, WindowAggregation aggregation) {
    /** Everything stored, hourly means. */
    public static final PointsRequest DEFAULTS = new PointsRequest(null, ExportOptions.EARLIEST, ExportOptions.LATEST,
            Duration.ofHours(1), WindowAggregation.MEAN);

    public PointsRequest {
        if (from == null || to == null || !from.isBefore(to)) {
            throw RequestProblem.text("{from} " + from + " must be before {to} " + to, true);
        }
        if (step == null || step.isZero() || step.isNegative()) {
            throw RequestProblem.of("step", step, "expected a positive duration");
        }
        if (aggregation == null) {
            throw RequestProblem.of("aggregation", "must be given");
        }
    }

    /** The defaults for {@code series}. */
    public static PointsRequest of(SeriesKey series) {
        if (series == null) {
            throw RequestProblem.of("series", "must be given");
        }
        return DEFAULTS.withSeries(series);
    }

    public PointsRequest withSeries(SeriesKey s) {
        return new PointsRequest(s, from, to, step, aggregation);
    }

    public PointsRequest withRange(Instant f, Instant t) {
        return new PointsRequest(series, f, t, step, aggregation);
    }

    public PointsRequest withStep(Duration s) {
        return new PointsRequest(series, from, to, s, aggregation);
    }

    public PointsRequest withAggregation(WindowAggregation a) {
        return new PointsRequest(series, from, to, step, a);
    }
}
