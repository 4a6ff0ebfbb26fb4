package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import io.capacity.testkit.InfluxdServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With influxd frozen ({@code kill -STOP}), health and the API answer within their limits instead of hanging:
 * {@code /actuator/health/store} says DOWN with a one-line reason within 10 s, {@code /api/v1/series} gives a
 * problem+json 503 within connect + read timeout (2 s + 10 s by default); after {@code kill -CONT} both recover.
 */
class FrozenStoreTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void healthAndSeriesAnswerWithinTheirLimitsWhileInfluxdIsFrozen() throws Exception {
        try (InfluxdServer influxd = InfluxdServer.create().start();
             MetricStore store = Stores.open(StoreConfig.influx(influxd.url(), "svc_frozen"));
             ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0")) {
            String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
            store.write(List.of(Point.of("cpu", Map.of("host", "web1"), "usage_idle", 71.5, 1_000_000_000L)));
            long pid = influxd.pid();
            signal("STOP", pid);
            try {
                CompletableFuture<Timed> health = CompletableFuture.supplyAsync(() -> get(base
                        + "/actuator/health/store"));
                CompletableFuture<Timed> series = CompletableFuture.supplyAsync(() -> get(base + "/api/v1/series"));

                Timed h = health.get();
                assertTrue(h.millis < 10_000, "health took " + h.millis + " ms");
                assertEquals(503, h.response.statusCode(), h.response.body());
                assertTrue(h.response.body().contains("\"status\":\"DOWN\""), h.response.body());
                assertTrue(h.response.body().contains("health check failed: no answer within 5 s"),
                        h.response.body());

                Timed s = series.get();
                assertTrue(s.millis < 13_000, "series took " + s.millis + " ms");
                assertEquals(503, s.response.statusCode(), s.response.body());
                assertTrue(s.response.headers().firstValue("content-type").orElse("").contains("problem+json"));
                // The reason (naming InfluxDB's address) goes to the service log, not to the client.
                assertTrue(s.response.body().contains("the metric store did not answer"), s.response.body());
                assertFalse(s.response.body().contains("127.0.0.1"), s.response.body());
            } finally {
                signal("CONT", pid);
            }
            Timed up = get(base + "/actuator/health/store");
            assertEquals(200, up.response.statusCode(), up.response.body());
            Timed listed = get(base + "/api/v1/series");
            assertEquals(200, listed.response.statusCode(), listed.response.body());
            assertTrue(listed.response.body().contains("web1"), listed.response.body());
            assertTrue(listed.response.headers().firstValue("age").isPresent(), "Age header of a listed series");
            assertFalse(up.response.body().contains("\n"), up.response.body());
        }
    }

    private record Timed(HttpResponse<String> response, long millis) {
    }

    private static Timed get(String url) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Timed(r, (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(url + ": " + e, e);
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }
}
