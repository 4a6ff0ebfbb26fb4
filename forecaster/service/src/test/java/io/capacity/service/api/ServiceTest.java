package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring service end to end over HTTP, on the embedded store and on a real influxd. */
class ServiceTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void seriesAndHealthOnTheEmbeddedStore() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            store.write(List.of(
                    Point.of("cpu", Map.of("host", "web1", "cpu", "cpu-total"), "usage_idle", 71.5, 1_000_000_000L),
                    Point.of("cpu", Map.of("host", "web2", "cpu", "cpu-total"), "usage_idle", 12.0, 1_000_000_000L),
                    Point.of("mem", Map.of("host", "web1"), "used_percent", 40.0, 1_000_000_000L)));
            try (ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0")) {
                String base = base(ctx);
                HttpResponse<String> all = get(base + "/api/v1/series");
                assertEquals(200, all.statusCode());
                assertTrue(all.body().contains("\"key\":\"cpu,cpu=cpu-total,host=web1 usage_idle\""), all.body());
                assertTrue(all.body().contains("\"unit\":\"percent\""), all.body());

                HttpResponse<String> web1 = get(base + "/api/v1/series?measurement=cpu&tag=host%3Dweb1");
                assertTrue(web1.body().contains("web1") && !web1.body().contains("web2"), web1.body());

                HttpResponse<String> bad = get(base + "/api/v1/series?tag=nohost");
                assertEquals(400, bad.statusCode());
                assertTrue(bad.headers().firstValue("content-type").orElse("").contains("problem+json"));
                assertTrue(bad.body().contains("'nohost' is not key=value"), bad.body());

                HttpResponse<String> health = get(base + "/actuator/health");
                assertEquals(200, health.statusCode(), health.body());
                assertTrue(health.body().contains("\"store\":{\"details\":{\"kind\":\"embedded\""), health.body());
            }
        }
    }

    @Test
    void healthGoesDownWhenInfluxdStops() throws Exception {
        try (InfluxdServer influxd = InfluxdServer.create().start();
             MetricStore store = Stores.open(StoreConfig.influx(influxd.url(), "svc_health"));
             ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0")) {
            String base = base(ctx);
            HttpResponse<String> up = get(base + "/actuator/health");
            assertEquals(200, up.statusCode(), up.body());
            assertTrue(up.body().contains("\"kind\":\"influxdb\""), up.body());
            assertTrue(!up.body().contains("password"), up.body());

            // A control character is the client's mistake: 400 before the store is asked, never a store error.
            HttpResponse<String> control = get(base + "/api/v1/series?measurement=cpu%0A%22");
            assertEquals(400, control.statusCode(), control.body());
            assertTrue(control.body().contains("query parameter measurement: 'cpu%0A\\\"' contains a control"),
                    control.body());
            assertTrue(!control.body().contains(influxd.url()), control.body());

            influxd.stop();
            HttpResponse<String> down = get(base + "/actuator/health");
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());

            HttpResponse<String> series = get(base + "/api/v1/series");
            assertEquals(503, series.statusCode(), series.body());
            assertTrue(series.body().contains("Store unavailable"), series.body());
            assertTrue(!series.body().contains(influxd.url()), "no store address to clients: " + series.body());
        }
    }

    private static String base(ConfigurableApplicationContext ctx) {
        return "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
