package io.capacity.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.demo.DemoFleet;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.service.DemoOptions;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.service.pipeline.PipelineConfig;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/capacity} answers from the scheduled pipeline once its run assessed the demo's clusters: the
 * run's time as {@code computed_at} and {@code source: pipeline}, also for one cluster and dimension; a question the
 * run did not answer (another horizon) is assessed on demand and says so.
 */
class ServeDemoCapacityTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void capacityComesFromTheLatestRunWhileFresh() throws Exception {
        // Only the hosts' memory is in the series scope, so the run ends soon after the plans.
        PipelineConfig pipeline = new PipelineConfig(Duration.ofHours(1), Duration.ZERO, PipelineSettings.DEFAULTS
                .withThreads(2).withSelections(List.of(new SeriesFilter("mem", "used_percent", null))));
        try (RunningService s = RunningService.start(StoreConfig.embedded(dir), null, ServeSettings.of(0, "127.0.0.1")
                .withDemo(new DemoOptions(DemoFleet.MIN_HOSTS, 3)).withPipeline(pipeline))) {
            JsonNode plans = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (plans == null && System.nanoTime() < deadline) {
                Thread.sleep(300);
                plans = JSON.readTree(get(s, "/actuator/info").body()).get("pipeline").get("last_plans");
            }
            assertTrue(plans != null, "the first run planned");
            String runAt = plans.get("started").stringValue();

            HttpResponse<String> r = get(s, "/api/v1/capacity");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode c = JSON.readTree(r.body());
            assertEquals("pipeline", c.get("source").stringValue(), r.body());
            assertEquals(runAt, c.get("computed_at").stringValue());
            assertEquals("PT336H", c.get("horizon").stringValue(), "the capacity's horizon, not the plan's week");
            assertEquals(3, c.get("clusters").size(), r.body());
            for (JsonNode cl : c.get("clusters")) {
                assertEquals("pipeline", cl.get("source").stringValue());
                assertEquals(runAt, cl.get("computed_at").stringValue());
                assertEquals(3, cl.get("dimensions").size(), "cpu, memory, bandwidth: " + cl);
            }

            JsonNode one = JSON.readTree(get(s, "/api/v1/capacity?cluster=demo-flat&dimension=cpu").body());
            assertEquals("pipeline", one.get("source").stringValue());
            assertEquals(1, one.get("clusters").get(0).get("dimensions").size());

            JsonNode week = JSON.readTree(get(s, "/api/v1/capacity?horizon=7d&cluster=demo-flat").body());
            assertEquals("on_demand", week.get("source").stringValue(), "the run did not look 7 days ahead");
            assertEquals("PT168H", week.get("horizon").stringValue());
            assertTrue(week.get("computed_at").stringValue().compareTo(runAt) > 0, week.toString());
        }
    }

    private static HttpResponse<String> get(RunningService s, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
