package io.capacity.store.common;

import io.capacity.store.SeriesData;
import io.capacity.store.WindowAggregation;
import java.time.Duration;
import java.util.Arrays;

/**
 * Windowed aggregation in Java, for values the stores cannot aggregate themselves (counter rates). Same semantics
 * as InfluxDB's {@code GROUP BY time(w) fill(none)}: windows aligned to the epoch, labelled by their start, empty
 * windows omitted; P95 by {@link NearestRank}.
 */
public final class Windows {
    private Windows() {
    }

    /** Aggregates time-ordered points per window. */
    public static SeriesData aggregate(SeriesData data, Duration window, WindowAggregation aggregation) {
        long w = Nanos.of(window);
        int n = data.size();
        long[] starts = new long[n];
        double[] values = new double[n];
        int k = 0;
        int i = 0;
        while (i < n) {
            long start = Nanos.windowStart(data.timeNanos(i), w);
            int j = i;
            while (j < n && Nanos.windowStart(data.timeNanos(j), w) == start) {
                j++;
            }
            double v = reduce(data, i, j, aggregation);
            if (!Double.isNaN(v)) {
                starts[k] = start;
                values[k] = v;
                k++;
            }
            i = j;
        }
        return new SeriesData(data.key(), Arrays.copyOf(starts, k), Arrays.copyOf(values, k));
    }

    /** One window's value from points [from, to) of {@code data}; NaN when the aggregation yields none. */
    static double reduce(SeriesData data, int from, int to, WindowAggregation aggregation) {
        switch (aggregation) {
            case LAST:
                return data.value(to - 1);
            case P95: {
                double[] sorted = new double[to - from];
                for (int i = from; i < to; i++) {
                    sorted[i - from] = data.value(i);
                }
                Arrays.sort(sorted);
                int idx = NearestRank.index(sorted.length, 95);
                return idx < 0 ? Double.NaN : sorted[idx];
            }
            default:
                break;
        }
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = data.value(i);
            sum += v;
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return switch (aggregation) {
            case MEAN -> sum / (to - from);
            case SUM -> sum;
            case MAX -> max;
            case MIN -> min;
            default -> throw new IllegalStateException("unhandled aggregation " + aggregation);
        };
    }
}
