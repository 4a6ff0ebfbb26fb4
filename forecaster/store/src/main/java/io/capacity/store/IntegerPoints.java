package io.capacity.store;

import io.capacity.schema.SeriesKey;
import java.util.Objects;

/**
 * Raw points of an integer series with their exact 64-bit values: what an export gives back, since
 * {@link SeriesData}'s doubles hold integers exactly only up to 2^53. Arrays copied in and out.
 */
public record IntegerPoints(SeriesKey key, long[] timesNanos, long[] values) {
    public IntegerPoints {
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
    public long[] values() {
        return values.clone();
    }

    public long timeNanos(int i) {
        return timesNanos[i];
    }

    public long value(int i) {
        return values[i];
    }
}
