package io.capacity.store.forecast;

import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.common.Nanos;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SortedMap;

/** The regular step grid of a stored forecast, inferred from the timestamps of its mean. */
final class StepGrid {
    private final long startNanos;
    private final long stepNanos;
    private final int length;

    private StepGrid(long startNanos, long stepNanos, int length) {
        this.startNanos = startNanos;
        this.stepNanos = stepNanos;
        this.length = length;
    }

    static StepGrid of(long[] times, MetricStore store, String measurement, SortedMap<String, String> tags,
                       Instant from, Instant to) {
        if (times.length == 1) {
            // One step has no spacing to infer; the distance from its issue time is the closest stand-in.
            Duration step = ForecastReader.stepFromIssue(store, measurement, tags, times[0], from, to);
            return new StepGrid(times[0], step.toNanos(), 1);
        }
        long step = Long.MAX_VALUE;
        for (int i = 1; i < times.length; i++) {
            step = Math.min(step, times[i] - times[i - 1]);
        }
        int length = (int) ((times[times.length - 1] - times[0]) / step) + 1;
        return new StepGrid(times[0], step, length);
    }

    Instant start() {
        return Nanos.toInstant(startNanos);
    }

    Duration step() {
        return Duration.ofNanos(stepNanos);
    }

    /** Values of {@code data} at their grid positions, NaN where nothing is stored or off the grid. */
    double[] place(SeriesData data) {
        double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < data.size(); i++) {
            long offset = data.timeNanos(i) - startNanos;
            if (offset >= 0 && offset % stepNanos == 0 && offset / stepNanos < length) {
                out[(int) (offset / stepNanos)] = data.value(i);
            }
        }
        return out;
    }
}
