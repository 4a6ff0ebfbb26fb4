package io.capacity.collectors.it;

import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wraps a real source and counts, per measurement, the points it produced. */
public final class CountingSource implements Source {
    private final Source delegate;
    public final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public CountingSource(Source delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public List<Point> collect(long timeNanos) throws Exception {
        List<Point> points = delegate.collect(timeNanos);
        for (Point p : points) {
            counts.computeIfAbsent(p.measurement(), m -> new LongAdder()).increment();
        }
        return points;
    }

    public long count(String measurement) {
        LongAdder a = counts.get(measurement);
        return a == null ? 0 : a.sum();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
