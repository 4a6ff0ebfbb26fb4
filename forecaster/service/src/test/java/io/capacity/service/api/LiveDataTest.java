package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.schema.SeriesKey;
import io.capacity.service.RunningService;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./capacity serve} promises: this host's metrics flow into the embedded store and out over REST. */
class LiveDataTest {
    @TempDir
    Path dir;

    @Test
    void hostMetricsArriveInTheStoreAndTheApi() throws Exception {
        AgentConfig agent = new AgentConfig(null, DiskBufferConfig.of(dir.resolve("buffer")),
                new DeliveryConfig(100, Duration.ofMillis(200), DeliveryConfig.defaults().backoff(),
                        DeliveryConfig.DEFAULT_DRAIN),
                null, new HostSamplerConfig(true, Duration.ofSeconds(1), false, 60),
                AgentConfig.DEFAULT_SELF_METRICS_INTERVAL, null, null, null, null);
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir), agent, 0, "127.0.0.1")) {
            SeriesKey idle = waitForCpu(service);
            var points = service.store().read(SeriesQuery.raw(idle, Instant.now().minusSeconds(60),
                    Instant.now().plusSeconds(1)));
            assertTrue(points.size() >= 1, "usage_idle points in the store");
            assertTrue(points.value(0) >= 0 && points.value(0) <= 100, "a percentage: " + points.value(0));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.port() + "/api/v1/series?measurement=mem")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.body().contains("\"field\":\"used_percent\""), r.body());
        }
    }

    private static SeriesKey waitForCpu(RunningService service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<SeriesKey> keys = service.store().series(new SeriesFilter("cpu", "usage_idle", null));
            if (!keys.isEmpty()) {
                return keys.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no cpu usage_idle series within 30 s of start");
    }
}
