package io.capacity.store;

import io.capacity.core.series.TimeSeries;
import io.capacity.schema.FieldKind;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a stored series as the forecasting core wants it: one value per step (the window's mean), counters as
 * per-second rates, windows without data as NaN so gap filling sees and reports them. The series id is the
 * canonical key, so forecasts can be written back against it.
 */
public final class RegularSeries {
    private RegularSeries() {
    }

    public static TimeSeries read(MetricStore store, SeriesKey key, Instant from, Instant to, Duration step) {
        return read(store, key, from, to, step, WindowAggregation.MEAN);
    }

    /** {@link #read}, each step's value the {@code aggregation} of its window instead of the mean. */
    public static TimeSeries read(MetricStore store, SeriesKey key, Instant from, Instant to, Duration step,
                                  WindowAggregation aggregation) {
        return regular(key, from, step, store.read(query(key, from, to, step, aggregation)));
    }

    /** {@link #read} of each key, in their order, through one {@link MetricStore#readAll}. */
    public static List<TimeSeries> readAll(MetricStore store, List<SeriesKey> keys, Instant from, Instant to,
                                           Duration step) {
        List<SeriesData> d = store.readAll(keys.stream().map(k -> query(k, from, to, step, WindowAggregation.MEAN))
                .toList());
        List<TimeSeries> out = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            out.add(regular(keys.get(i), from, step, d.get(i)));
        }
        return out;
    }

    private static SeriesQuery query(SeriesKey key, Instant from, Instant to, Duration step,
                                     WindowAggregation aggregation) {
        boolean counter = MetricSchema.kindOf(key.measurement(), key.field()) == FieldKind.COUNTER;
        SeriesQuery q = SeriesQuery.windowed(key, from, to, step, aggregation);
        return counter ? q.asRate() : q;
    }

    private static TimeSeries regular(SeriesKey key, Instant from, Duration step, SeriesData d) {
        if (d.size() == 0) {
            return new TimeSeries(key.toString(), from, step, new double[0]);
        }
        long stepNanos = step.toNanos();
        long first = d.timeNanos(0);
        int n = (int) ((d.timeNanos(d.size() - 1) - first) / stepNanos) + 1;
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        for (int i = 0; i < d.size(); i++) {
            values[(int) ((d.timeNanos(i) - first) / stepNanos)] = d.value(i);
        }
        return new TimeSeries(key.toString(), Instant.ofEpochSecond(0, first), step, values);
    }
}
