package io.capacity.store;

import io.capacity.schema.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A read of one series over [from, to).
 *
 * @param window      aggregation window, or null for raw points; windows are aligned to the Unix epoch (as
 *                    InfluxDB's GROUP BY time) and labelled by their start; empty windows are omitted
 * @param aggregation how points inside a window combine (ignored for raw reads)
 * @param rate        derive a non-negative per-second rate from a counter before windowing: a decrease is taken as
 *                    a wrap when the previous value fits a 32- or 64-bit counter near its top, otherwise as a
 *                    reset, whose interval is dropped
 */
public record SeriesQuery(SeriesKey key, Instant from, Instant to, Duration window, WindowAggregation aggregation,
                          boolean rate) {
    public SeriesQuery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("query range is empty: from " + from + " is not before to " + to);
        }
        if (window != null && (window.isZero() || window.isNegative())) {
            throw new IllegalArgumentException("aggregation window must be positive, got " + window);
        }
        if (aggregation == null) {
            aggregation = WindowAggregation.MEAN;
        }
    }

    public static SeriesQuery raw(SeriesKey key, Instant from, Instant to) {
        return new SeriesQuery(key, from, to, null, WindowAggregation.MEAN, false);
    }

    public static SeriesQuery windowed(SeriesKey key, Instant from, Instant to, Duration window,
                                       WindowAggregation agg) {
        return new SeriesQuery(key, from, to, window, agg, false);
    }

    public SeriesQuery asRate() {
        return new SeriesQuery(key, from, to, window, aggregation, true);
    }
}
