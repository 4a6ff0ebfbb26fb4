package io.capacity.app.query;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.IntegerPoints;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StatePoints;
import io.capacity.store.StoreHealth;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real store whose next series read, once {@link #hold()} is called, waits until {@link #release()}: a test can
 * then make sure a second request arrives while the first one is computing. Everything else goes to the store.
 */
final class HeldReads implements MetricStore {
    private final MetricStore store;
    private final AtomicBoolean held = new AtomicBoolean();
    final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    HeldReads(MetricStore store) {
        this.store = store;
    }

    void hold() {
        held.set(true);
    }

    void release() {
        released.countDown();
    }

    @Override
    public SeriesData read(SeriesQuery query) {
        if (held.compareAndSet(true, false)) {
            entered.countDown();
            try {
                if (!released.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the held read was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return store.read(query);
    }

    @Override
    public String kind() {
        return store.kind();
    }

    @Override
    public void write(List<Point> points) {
        store.write(points);
    }

    @Override
    public List<SeriesKey> series(SeriesFilter filter) {
        return store.series(filter);
    }

    @Override
    public Optional<Instant> seriesListedAt() {
        return store.seriesListedAt();
    }

    @Override
    public boolean storedAsInteger(SeriesKey key) {
        return store.storedAsInteger(key);
    }

    @Override
    public IntegerPoints readIntegers(SeriesKey key, Instant from, Instant to) {
        return store.readIntegers(key, from, to);
    }

    @Override
    public StatePoints readStates(SeriesKey key, Instant from, Instant to) {
        return store.readStates(key, from, to);
    }

    @Override
    public StoreHealth health() {
        return store.health();
    }

    @Override
    public void close() {
        store.close();
    }
}
