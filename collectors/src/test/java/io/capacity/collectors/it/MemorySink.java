package io.capacity.collectors.it;

import io.capacity.collectors.delivery.PointSink;
import io.capacity.collectors.delivery.SinkException;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory store that can be told to be down, like the embedded store the service plugs in. */
public final class MemorySink implements PointSink {
    public final List<Point> stored = Collections.synchronizedList(new ArrayList<>());
    public final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    public final AtomicInteger failuresLeft = new AtomicInteger();
    public volatile boolean refuseForGood;

    @Override
    public void write(List<Point> points) throws SinkException {
        if (refuseForGood) {
            throw new SinkException("type conflict", false);
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new SinkException("store down", true);
        }
        batchSizes.add(points.size());
        stored.addAll(points);
    }

    public long count(String measurement) {
        synchronized (stored) {
            return stored.stream().filter(p -> p.measurement().equals(measurement)).count();
        }
    }
}
