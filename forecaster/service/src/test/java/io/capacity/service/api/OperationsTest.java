package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.series.TimeSeries;
import io.capacity.service.CapacityApplication;
import io.capacity.service.RunningService;
import io.capacity.service.metrics.ForecastBatchMeters;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** What docs/api.md promises under "Operations": service meters on /actuator/prometheus, health and its details. */
class OperationsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theAgentsDeliveryCountersAreScrapedAndDiskSpaceWatchesTheDataDir() throws Exception {
        AgentConfig agent = new AgentConfig(null, DiskBufferConfig.of(dir.resolve("buffer")),
                new DeliveryConfig(100, Duration.ofMillis(200), DeliveryConfig.defaults().backoff(),
                        DeliveryConfig.DEFAULT_DRAIN),
                null, new HostSamplerConfig(true, Duration.ofSeconds(1), false, 60),
                AgentConfig.DEFAULT_SELF_METRICS_INTERVAL, null, null, null, null);
        Path data = dir.resolve("data");
        try (RunningService service = RunningService.start(StoreConfig.embedded(data), agent, 0, "127.0.0.1")) {
            String base = "http://127.0.0.1:" + service.port();
            double written = 0;
            String text = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (written == 0 && System.nanoTime() < deadline) {
                Thread.sleep(300);
                text = get(base + "/actuator/prometheus").body();
                written = value(text, "capacity_agent_points_written_total");
            }
            assertTrue(written > 0, text);
            assertTrue(value(text, "capacity_agent_points_collected_total") > 0, text);
            for (String name : List.of("capacity_agent_points_buffered", "capacity_agent_buffer_bytes",
                    "capacity_agent_points_dropped_total", "capacity_agent_points_rejected_total",
                    "capacity_agent_write_errors_total", "capacity_agent_collect_errors_total",
                    "capacity_forecast_series_total", "capacity_forecast_failures_total")) {
                assertTrue(Pattern.compile("(?m)^" + name + " ").matcher(text).find(), name + "\n" + text);
            }
            assertTrue(text.contains("# TYPE capacity_agent_points_dropped_total counter"), text);
            assertTrue(text.contains("capacity_agent_target_points_collected_total{target=\"host\"}"), text);

            String health = get(base + "/actuator/health").body();
            assertTrue(health.contains("\"diskSpace\":{\"details\":{") && health.contains("\"path\":\""
                    + data.toAbsolutePath() + "\""), health);
        }
    }

    @Test
    void forecastBatchesAreCountedWithFailuresAndDuration() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir));
             ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0")) {
            String prometheus = base(ctx) + "/actuator/prometheus";
            assertEquals(0.0, value(get(prometheus).body(), "capacity_forecast_series_total"));
            double[] daily = IntStream.range(0, 72).mapToDouble(i -> 50 + 10 * Math.sin(i * Math.PI / 12)).toArray();
            // Ten values are too few for a seasonal naive model with period 24: it fails, a baseline stands in.
            List<TimeSeries> input = List.of(TimeSeries.of("daily", daily), TimeSeries.of("short", 1, 2, 3, 4, 5, 6,
                    7, 8, 9, 10));
            var results = ctx.getBean(ForecastBatchMeters.class).run(new ForecastBatch(6, new double[] {80, 95}, 24,
                    1), input, new SeasonalNaiveSpec(24), r -> { });
            assertEquals(1, results.stream().filter(r -> !r.ok()).count(), results.toString());
            String text = get(prometheus).body();
            assertEquals(2.0, value(text, "capacity_forecast_series_total"), text);
            assertEquals(1.0, value(text, "capacity_forecast_failures_total"), text);
            assertEquals(1.0, value(text, "capacity_forecast_batch_seconds_count"), text);
            assertTrue(value(text, "capacity_forecast_batch_seconds_sum") > 0, text);
        }
    }

    @Test
    void healthDetailsGoToLoopbackCallersOnly() throws Exception {
        // Tomcat takes the caller's address from X-Forwarded-For when the peer is a trusted (here: loopback) proxy,
        // which is how a caller from elsewhere is simulated without leaving loopback.
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir));
             ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0",
                     "--server.forward-headers-strategy=native",
                     "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")) {
            String health = base(ctx) + "/actuator/health";
            HttpResponse<String> local = get(health);
            assertEquals(200, local.statusCode(), local.body());
            assertTrue(local.body().contains("\"store\":{\"details\":{\"kind\":\"embedded\""), local.body());
            HttpResponse<String> remote = HTTP.send(HttpRequest.newBuilder(URI.create(health))
                    .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, remote.statusCode(), remote.body());
            assertTrue(remote.body().contains("\"status\":\"UP\""), remote.body());
            assertFalse(remote.body().contains("details") || remote.body().contains("components"), remote.body());
            // Components are not shown to such a caller, so one asked for by name is not there.
            HttpResponse<String> component = HTTP.send(HttpRequest.newBuilder(URI.create(health + "/store"))
                    .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, component.statusCode(), component.body());
            assertTrue(component.headers().firstValue("Content-Type").orElse("").startsWith(
                    "application/problem+json"), component.body());
            assertFalse(component.body().contains(dir.toString()), component.body());
        }
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir));
             ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0",
                     "--server.forward-headers-strategy=native",
                     "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
                     "--management.endpoint.health.show-details=always")) {
            HttpResponse<String> remote = HTTP.send(HttpRequest.newBuilder(URI.create(base(ctx) + "/actuator/health"))
                    .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(remote.body().contains("\"kind\":\"embedded\""), "configured to show: " + remote.body());
        }
    }

    private static double value(String prometheusText, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(prometheusText);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static String base(ConfigurableApplicationContext ctx) {
        return "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
