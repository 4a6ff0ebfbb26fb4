package io.capacity.service.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} with its pipeline on the embedded store: a missed run caught up at start, seen in the store,
 * on /actuator/prometheus and /actuator/info. */
class ServePipelineTest {
    @TempDir
    Path dir;

    @Test
    void aMissedRunIsCaughtUpAtStartAndShowsInTheStoreMetricsAndInfo() throws Exception {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            Fleet.write(store, end, "web1", "web2");
            store.write(List.of(new io.capacity.schema.Point("mem", new java.util.TreeMap<>(java.util.Map.of("host",
                    "new")), new java.util.TreeMap<>(java.util.Map.of("used_percent", 50.0)),
                    end.getEpochSecond() * 1_000_000_000L)));
        }
        Path state = PipelineConfig.stateFile(dir);
        Files.createDirectories(state.getParent());
        Instant missed = Instant.now().minus(Duration.ofHours(5));
        Files.writeString(state, "last_run\t" + missed.toEpochMilli() + "\n");
        PipelineConfig config = new PipelineConfig(Duration.ofHours(1), Duration.ZERO,
                PipelineSettings.DEFAULTS.withThreads(2));
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir), null,
                ServeSettings.of(0, "127.0.0.1").withPipeline(config))) {
            String base = "http://127.0.0.1:" + service.port();
            String info = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!info.contains("last_run") && System.nanoTime() < deadline) {
                Thread.sleep(300);
                info = get(base + "/actuator/info");
            }
            assertTrue(info.contains("\"pipeline\":{\"enabled\":true,\"every\":\"PT1H\",\"last_run\":{"), info);
            assertTrue(info.contains("\"series\":3,\"forecast\":2,\"chosen\":2,\"cached\":0,\"failed\":0,"
                    + "\"skipped\":1,\"scored\":0"), info);
            String metrics = get(base + "/actuator/prometheus");
            assertEquals(2.0, value(metrics, "capacity_forecast_series_total"), metrics);
            assertEquals(1.0, value(metrics, "capacity_forecast_skipped_total"), metrics);
            assertEquals(0.0, value(metrics, "capacity_forecast_failures_total"), metrics);
            assertEquals(1.0, value(metrics, "capacity_pipeline_run_seconds_count"), metrics);
            assertEquals(1, service.pipeline().orElseThrow().runs());

            List<SeriesKey> means = service.store().series(new SeriesFilter(MetricSchema.FORECAST.name(), "mean",
                    null));
            assertEquals(2, means.size(), means.toString());
            SeriesData d = service.store().read(SeriesQuery.raw(means.get(0), end, end.plus(Duration.ofDays(2))));
            assertEquals(24, d.size());
            assertTrue(d.timeNanos(0) >= end.getEpochSecond() * 1_000_000_000L);
        }
        String saved = Files.readString(state);
        assertTrue(!saved.startsWith("last_run\t" + missed.toEpochMilli()) && saved.lines().count() == 3, saved);
    }

    @Test
    void noPipelineSaysSoInInfo() throws Exception {
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir), null, 0, "127.0.0.1")) {
            String info = get("http://127.0.0.1:" + service.port() + "/actuator/info");
            assertTrue(info.contains("\"pipeline\":{\"enabled\":false}"), info);
            assertTrue(service.pipeline().isEmpty());
        }
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double value(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
