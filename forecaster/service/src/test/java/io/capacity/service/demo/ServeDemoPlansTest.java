package io.capacity.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.demo.DemoFleet;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --demo} plans by itself: its first pipeline run records a recommended plan per demo cluster from the
 * demo's inventory, with the demand forecasts and {@code capacity_plan} points labelled {@code origin=demo}, the
 * plan count by state on {@code /actuator/prometheus} and the plans' summary on {@code /actuator/info}.
 */
class ServeDemoPlansTest {
    @TempDir
    Path dir;

    @Test
    void theFirstRunRecordsAPlanPerClusterLabelledSimulated() throws Exception {
        // Only the hosts' memory is in the series scope, so the run ends soon after the plans.
        PipelineConfig pipeline = new PipelineConfig(Duration.ofHours(1), Duration.ZERO, PipelineSettings.DEFAULTS
                .withThreads(2).withSelections(List.of(new SeriesFilter("mem", "used_percent", null))));
        try (RunningService s = RunningService.start(StoreConfig.embedded(dir), null, ServeSettings.of(0, "127.0.0.1")
                .withDemo(new DemoOptions(DemoFleet.MIN_HOSTS, 3)).withPipeline(pipeline))) {
            String info = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!info.contains("last_run") && System.nanoTime() < deadline) {
                Thread.sleep(300);
                info = get(s, "/actuator/info");
            }
            assertTrue(info.contains("\"last_plans\":{"), info);
            assertTrue(info.contains("\"planned\":3,\"failed\":0"), info);
            for (DemoFleet.Shape shape : DemoFleet.Shape.values()) {
                assertTrue(info.contains("{\"cluster\":\"" + shape.cluster() + "\",\"demand_forecasts\":3,"
                        + "\"plan_id\":"), info);
            }
            String plans = get(s, "/api/v1/plans?state=recommended");
            for (DemoFleet.Shape shape : DemoFleet.Shape.values()) {
                assertEquals(1, count(plans, "\"cluster\":\"" + shape.cluster() + "\""), plans);
            }
            String metrics = get(s, "/actuator/prometheus");
            assertEquals(3.0, value(metrics, "capacity_plans{state=\"recommended\"}"), metrics);
            assertEquals(0.0, value(metrics, "capacity_plans{state=\"superseded\"}"), metrics);
            String first = get(s, "/api/v1/plans/1");
            assertTrue(first.contains("over the SIMULATED demo fleet (points tagged origin=demo)"), first);

            List<SeriesKey> efficacy = s.store().series(new SeriesFilter(MetricSchema.PLAN.name(), "kwh_saved", null));
            assertEquals(3, efficacy.size(), efficacy.toString());
            efficacy.forEach(k -> assertEquals(MetricSchema.ORIGIN_DEMO, k.tags().get(MetricSchema.TAG_ORIGIN)));
            List<SeriesKey> demand = s.store().series(new SeriesFilter(MetricSchema.FORECAST.name(), "mean",
                    new TreeMap<>(Map.of(MetricSchema.FORECAST_TAG_SOURCE_MEASUREMENT, MetricSchema.DEMAND))));
            assertEquals(9, demand.size(), "cpu, memory and bandwidth of three clusters: " + demand);
            demand.forEach(k -> assertEquals(MetricSchema.ORIGIN_DEMO, k.tags().get(MetricSchema.TAG_ORIGIN)));
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static double value(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static String get(RunningService s, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
