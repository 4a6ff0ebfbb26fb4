package io.capacity.store;

import io.capacity.collectors.delivery.PointSink;
import io.capacity.collectors.delivery.SinkException;
import io.capacity.schema.Point;
import java.util.List;

/**
 * Lets the collector agent deliver into any {@link MetricStore}, so {@code ./capacity serve} shows live data on the
 * embedded store with no InfluxDB. A store failure is retryable: the agent keeps the batch in its disk buffer and
 * tries again; store writes are idempotent, so a replayed batch stores nothing twice.
 */
public final class StorePointSink implements PointSink {
    private final MetricStore store;

    public StorePointSink(MetricStore store) {
        this.store = store;
    }

    @Override
    public void write(List<Point> points) throws SinkException {
        try {
            store.write(points);
        } catch (StoreException e) {
            throw new SinkException(store.kind() + " store write failed: " + e.getMessage(), true, e);
        } catch (IllegalArgumentException e) {
            throw new SinkException("store rejected the batch: " + e.getMessage(), false, e);
        }
    }

    /** The store belongs to its opener, not to the agent. */
    @Override
    public void close() {
    }
}
