package io.capacity.core.series;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Puts irregular timestamped observations onto a regular grid. Buckets are aligned to the epoch (so hourly buckets
 * start on the hour) and half-open: {@code [start + k*step, start + (k+1)*step)}. A bucket with no finite
 * observation becomes NaN, to be filled and reported by {@link GapFiller}.
 */
public final class Resampler {
    private Resampler() {
    }

    public static TimeSeries resample(String id, Instant[] times, double[] values, Duration step, Aggregation how) {
        Objects.requireNonNull(how, "aggregation");
        if (times.length != values.length) {
            throw new IllegalArgumentException("series " + id + ": " + times.length + " timestamps but "
                    + values.length + " values");
        }
        if (times.length == 0) {
            throw new IllegalArgumentException("series " + id + " has no observations to resample");
        }
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Stable sort: with LAST, of two readings at the same instant the one given later wins.
        Arrays.sort(order, Comparator.comparing(i -> times[i]));
        long stepMs = step.toMillis();
        long first = Math.floorDiv(times[order[0]].toEpochMilli(), stepMs);
        long last = Math.floorDiv(times[order[order.length - 1]].toEpochMilli(), stepMs);
        long buckets = last - first + 1;
        if (buckets > 50_000_000L) {
            throw new IllegalArgumentException("series " + id + " spans " + buckets + " buckets of " + step
                    + "; is the step right?");
        }
        double[] sum = new double[(int) buckets];
        int[] count = new int[(int) buckets];
        for (int i : order) {
            if (!Double.isFinite(values[i])) {
                continue;
            }
            int b = (int) (Math.floorDiv(times[i].toEpochMilli(), stepMs) - first);
            if (how == Aggregation.LAST) {
                sum[b] = values[i];
                count[b] = 1;
            } else {
                sum[b] += values[i];
                count[b]++;
            }
        }
        double[] out = new double[sum.length];
        for (int b = 0; b < out.length; b++) {
            out[b] = count[b] == 0 ? Double.NaN : sum[b] / count[b];
        }
        return new TimeSeries(id, Instant.ofEpochMilli(first * stepMs), step, out);
    }
}
