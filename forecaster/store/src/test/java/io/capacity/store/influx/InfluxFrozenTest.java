package io.capacity.store.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.InfluxTimeouts;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreException;
import io.capacity.store.StoreHealth;
import io.capacity.testkit.InfluxdServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A frozen influxd ({@code kill -STOP}: it still accepts TCP connections, the kernel queues them, but never answers)
 * must not hang any store call: with the default timeouts every call fails within connect + read, health says DOWN
 * within its 5 s limit with a one-line reason, and everything works again after {@code kill -CONT}.
 */
class InfluxFrozenTest {
    private static final String PASSWORD = "fr0zen-Pa55";
    private static final long T0 = 1_700_000_000L * 1_000_000_000L;

    @Test
    void everyCallIsBoundedWhileInfluxdIsFrozenAndWorksAgainAfterwards() throws Exception {
        InfluxTimeouts defaults = InfluxTimeouts.DEFAULTS;
        long callLimitMs = defaults.connect().plus(defaults.read()).toMillis() + 1_500;
        SeriesKey key = new SeriesKey("cpu", Point.tagMap(Map.of("host", "a")), "usage_idle");
        try (InfluxdServer influxd = InfluxdServer.create().start();
             InfluxMetricStore warm = InfluxMetricStore.open(config(influxd));
             InfluxMetricStore cold = InfluxMetricStore.open(config(influxd))) {
            warm.write(List.of(Point.of("cpu", Map.of("host", "a"), "usage_idle", 90.0, T0)));
            assertEquals(List.of(key), warm.series(SeriesFilter.all()));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            long pid = influxd.pid();
            signal("STOP", pid);
            try {
                Future<Timed<StoreHealth>> health = pool.submit(() -> timed(cold::health));
                Future<Timed<Object>> read = pool.submit(() -> timedFailure(() -> cold.read(
                        SeriesQuery.raw(key, Instant.EPOCH, Instant.now()))));
                Future<Timed<Object>> write = pool.submit(() -> timedFailure(() -> {
                    cold.write(List.of(Point.of("cpu", Map.of("host", "b"), "usage_idle", 1.0, T0)));
                    return null;
                }));
                Future<Timed<Object>> list = pool.submit(() -> timedFailure(() -> cold.series(SeriesFilter.all())));

                Timed<StoreHealth> h = health.get();
                assertTrue(h.millis < 10_000, "health took " + h.millis + " ms");
                assertFalse(h.value.up());
                String error = String.valueOf(h.value.details().get("error"));
                assertTrue(error.contains("health check failed: no answer within 5 s"), error);
                assertFalse(error.contains("\n") || error.contains(PASSWORD), error);
                for (Timed<Object> t : List.of(read.get(), write.get(), list.get())) {
                    assertTrue(t.millis < callLimitMs, "a store call took " + t.millis + " ms: " + t.value);
                    String m = ((StoreException) t.value).getMessage();
                    assertTrue(m.contains(influxd.url()) && !m.contains(PASSWORD) && !m.contains("\n"), m);
                }
                String m = ((StoreException) read.get().value).getMessage();
                assertTrue(m.contains("no answer within 10 s; InfluxDB is frozen or overloaded (limit: "
                        + "--influx-read-timeout or CAPACITY_INFLUX_READ_TIMEOUT)"), m);

                Timed<List<SeriesKey>> cached = timed(() -> warm.series(SeriesFilter.all()));
                assertEquals(List.of(key), cached.value, "a loaded list is still served");
                assertTrue(cached.millis < 1_000, "the loaded list took " + cached.millis + " ms");
            } finally {
                signal("CONT", pid);
                pool.shutdownNow();
            }
            assertTrue(cold.health().up(), "health recovers");
            assertEquals(1, cold.read(SeriesQuery.raw(key, Instant.EPOCH, Instant.now())).size());
            assertEquals(List.of(key), cold.series(SeriesFilter.measurement("cpu")).subList(0, 1));
        }
    }

    @Test
    void configuredTimeoutsApplyAndAreNamedInTheMessage() throws Exception {
        SeriesKey key = new SeriesKey("cpu", Point.tagMap(Map.of("host", "a")), "usage_idle");
        InfluxTimeouts quick = new InfluxTimeouts(Duration.ofMillis(500), Duration.ofMillis(1_500), null);
        try (InfluxdServer influxd = InfluxdServer.create().start();
             InfluxMetricStore store = InfluxMetricStore.open(config(influxd).withTimeouts(quick))) {
            long pid = influxd.pid();
            signal("STOP", pid);
            try {
                Timed<Object> read = timedFailure(() -> store.read(SeriesQuery.raw(key, Instant.EPOCH, Instant.now())));
                assertTrue(read.millis < 3_000, "took " + read.millis + " ms");
                assertTrue(((StoreException) read.value).getMessage().contains("no answer within 1.5 s"),
                        ((StoreException) read.value).getMessage());
                Timed<StoreHealth> h = timed(store::health);
                assertTrue(h.millis < 3_000, "health took " + h.millis + " ms");
                assertTrue(String.valueOf(h.value.details().get("error")).contains("no answer within 2 s"),
                        h.value.details().toString());
            } finally {
                signal("CONT", pid);
            }
            assertTrue(store.health().up());
        }
    }

    private static InfluxConfig config(InfluxdServer influxd) {
        // influxd runs without auth: the credentials only prove that no message shows the password.
        return InfluxConfig.of(influxd.url(), "frozen").withCredentials("reader", PASSWORD);
    }

    private record Timed<T>(T value, long millis) {
    }

    private static <T> Timed<T> timed(Callable<T> call) throws Exception {
        long t0 = System.nanoTime();
        T v = call.call();
        return new Timed<>(v, (System.nanoTime() - t0) / 1_000_000);
    }

    private static Timed<Object> timedFailure(Callable<?> call) {
        long t0 = System.nanoTime();
        StoreException e = assertThrows(StoreException.class, call::call);
        return new Timed<>(e, (System.nanoTime() - t0) / 1_000_000);
    }

    static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }
}
