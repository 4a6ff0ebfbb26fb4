package io.capacity.core.series;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable, regular time series: equally spaced values from {@code start} every {@code step}.
 *
 * <p>{@code start} is {@code null} when the input had no timestamps (M4, traces read as consecutive steps); the
 * series is then indexed by step number only. Values may contain NaN for missing observations; models see them
 * only after {@code series} package helpers have filled and reported them.
 */
public final class TimeSeries {
    private final String id;
    private final Instant start;
    private final Duration step;
    private final double[] values;

    public TimeSeries(String id, Instant start, Duration step, double[] values) {
        this.id = Objects.requireNonNull(id, "id");
        this.start = start;
        this.step = Objects.requireNonNull(step, "step");
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("step must be positive, got " + step + " for series " + id);
        }
        this.values = Objects.requireNonNull(values, "values").clone();
    }

    /** A series with no timestamps, one value per step of one hour (the step is nominal). */
    public static TimeSeries of(String id, double... values) {
        return new TimeSeries(id, null, Duration.ofHours(1), values);
    }

    public String id() {
        return id;
    }

    /** Time of the first value, or null when the series has no timestamps. */
    public Instant start() {
        return start;
    }

    public boolean hasTimestamps() {
        return start != null;
    }

    public Duration step() {
        return step;
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    /** Time of the value at index {@code i} (may be past the end, for forecast steps); null without timestamps. */
    public Instant timeAt(int i) {
        return start == null ? null : start.plus(step.multipliedBy(i));
    }

    /** The first {@code n} values. */
    public TimeSeries head(int n) {
        return slice(0, n);
    }

    /** The last {@code n} values. */
    public TimeSeries tail(int n) {
        return slice(values.length - n, values.length);
    }

    /** Values {@code from} (inclusive) to {@code to} (exclusive), timestamps shifted accordingly. */
    public TimeSeries slice(int from, int to) {
        if (from < 0 || to > values.length || from > to) {
            throw new IllegalArgumentException(
                    "slice [" + from + ", " + to + ") outside series " + id + " of length " + values.length);
        }
        return new TimeSeries(id, timeAt(from), step, Arrays.copyOfRange(values, from, to));
    }

    public TimeSeries withValues(double[] newValues) {
        return new TimeSeries(id, start, step, newValues);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && id.equals(t.id) && Objects.equals(start, t.start) && step.equals(t.step)
                && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, start, step, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "TimeSeries[" + id + ", n=" + values.length + ", step=" + step + (start == null ? "" : ", start=" + start)
                + "]";
    }
}
