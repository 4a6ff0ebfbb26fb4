package io.capacity.service.demo;

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

/**
 * {@code serve --demo} on the smallest fleet in an embedded store, its pipeline's first run at once with only the
 * hosts' memory in the series scope (so the run ends soon after the plans), returned once that run has planned the
 * three clusters: the service the report's and the web page's end-to-end tests look at.
 */
public final class PlannedDemo {
    private PlannedDemo() {
    }

    /** The service on {@code dir} with {@code spring} settings, once its first run planned every cluster. */
    public static RunningService start(Path dir, String... spring) throws Exception {
        PipelineConfig pipeline = new PipelineConfig(Duration.ofHours(1), Duration.ZERO, PipelineSettings.DEFAULTS
                .withThreads(2).withSelections(List.of(new SeriesFilter("mem", "used_percent", null))));
        RunningService service = RunningService.start(StoreConfig.embedded(dir), null, ServeSettings.of(0,
                "127.0.0.1").withDemo(new DemoOptions(DemoFleet.MIN_HOSTS, 3)).withPipeline(pipeline)
                .withSpring(spring));
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest info = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                    + "/actuator/info")).timeout(Duration.ofSeconds(60)).build();
            String body = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (!body.contains("\"planned\":3") && System.nanoTime() < deadline) {
                Thread.sleep(500);
                body = http.send(info, HttpResponse.BodyHandlers.ofString()).body();
            }
            assertTrue(body.contains("\"planned\":3"), body);
            return service;
        } catch (Exception | AssertionError e) {
            service.close();
            throw e;
        }
    }
}
