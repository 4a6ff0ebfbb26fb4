package io.capacity.store.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The first load is shared by everyone who asks while it runs: one query, one wait, one answer or failure. */
class SeriesListCacheTest {
    private static final SeriesKey KEY = new SeriesKey("cpu", Point.tagMap(Map.of("host", "a")), "usage_idle");

    @Test
    void concurrentFirstListingsShareOneLoad() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        try (SeriesListCache cache = cache(() -> {
            loads.incrementAndGet();
            await(release);
            return List.of(KEY);
        })) {
            List<Future<List<SeriesKey>>> calls = startListings(cache, 8);
            Thread.sleep(300);
            release.countDown();
            for (Future<List<SeriesKey>> f : calls) {
                assertEquals(List.of(KEY), f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, loads.get(), "one query for eight first listings");
        }
    }

    @Test
    void aFailedFirstLoadFailsEveryWaiterOnceAndTheNextListingTriesAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        try (SeriesListCache cache = cache(() -> {
            if (loads.incrementAndGet() == 1) {
                await(release);
                throw new StoreException("InfluxDB at x: listing series failed: no answer within 10 s");
            }
            return List.of(KEY);
        })) {
            List<Future<List<SeriesKey>>> calls = startListings(cache, 8);
            Thread.sleep(300);
            release.countDown();
            StoreException first = null;
            for (Future<List<SeriesKey>> f : calls) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
                first = first == null ? (StoreException) e.getCause() : first;
                assertSame(first, e.getCause(), "every waiter gets the one load's failure");
            }
            assertEquals(1, loads.get());
            assertEquals(List.of(KEY), cache.list(SeriesFilter.all()), "the next listing loads again");
            assertEquals(2, loads.get());
        }
    }

    private static SeriesListCache cache(Supplier<List<SeriesKey>> loader) {
        return new SeriesListCache(loader, Duration.ofMinutes(10), Clock.systemUTC(), "test");
    }

    private static List<Future<List<SeriesKey>>> startListings(SeriesListCache cache, int n) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<List<SeriesKey>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(pool.submit(() -> cache.list(SeriesFilter.all())));
        }
        pool.shutdown();
        return calls;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
