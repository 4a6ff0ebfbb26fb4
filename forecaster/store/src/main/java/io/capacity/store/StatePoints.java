package io.capacity.store;

import io.capacity.schema.SeriesKey;
import java.util.List;
import java.util.Objects;

/**
 * Raw points of a boolean or string field ({@code io.capacity.schema.FieldKind#STATE}, e.g. a criticality), which
 * {@link MetricStore#read} does not serve: each value is a {@link Boolean} or a {@link String}, as written.
 */
public record StatePoints(SeriesKey key, long[] timesNanos, List<Object> values) {
    public StatePoints {
        Objects.requireNonNull(key, "key");
        if (timesNanos.length != values.size()) {
            throw new IllegalArgumentException("times and values differ in length");
        }
        timesNanos = timesNanos.clone();
        values = List.copyOf(values);
    }

    public int size() {
        return values.size();
    }

    @Override
    public long[] timesNanos() {
        return timesNanos.clone();
    }

    public long timeNanos(int i) {
        return timesNanos[i];
    }

    public Object value(int i) {
        return values.get(i);
    }
}
