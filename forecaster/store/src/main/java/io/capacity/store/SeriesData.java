package io.capacity.store;

import io.capacity.schema.SeriesKey;
import java.util.Objects;

/** Points of one series in time order: epoch-nanosecond timestamps and values. Arrays copied in and out. */
public record SeriesData(SeriesKey key, long[] timesNanos, double[] values) {
    public SeriesData {
        Objects.requireNonNull(key, "key");
        if (timesNanos.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
        timesNanos = timesNanos.clone();
        values = values.clone();
    }

    public int size() {
        return values.length;
    }

    @Override
    public long[] timesNanos() {
        return timesNanos.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public long timeNanos(int i) {
        return timesNanos[i];
    }

    public double value(int i) {
        return values[i];
    }
}
