package io.capacity.service.api;

import static io.capacity.service.api.ForecastFixture.get;
import static io.capacity.service.api.ForecastFixture.post;
import static io.capacity.service.api.ForecastFixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.core.forecast.Forecast;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.service.pipeline.PipelineConfig;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.forecast.ForecastPoints;
import io.capacity.store.forecast.StoredForecasts;
import io.capacity.store.open.Stores;
import io.capacity.testkit.InfluxdServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/forecasts} over HTTP against real components: the stored-forecast path on a real influxd with the
 * service's own pipeline, then computed forecasts, groups, ad-hoc POSTs and refusals on the embedded store.
 */
class ForecastsApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WEB1 = "cpu,cluster=c1,cpu=cpu-total,host=web1 usage_user";

    @TempDir
    Path dir;

    @Test
    void thePipelinesForecastIsServedThenCachedAndOtherRequestsAreComputedOnARealInfluxd() throws Exception {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (InfluxdServer influxd = InfluxdServer.create().start()) {
            StoreConfig config = new StoreConfig(dir, influxd.url(), "fc_api", null, null, null, null);
            try (MetricStore store = Stores.open(config)) {
                ForecastFixture.write(store, end);
            }
            PipelineConfig pipeline = new PipelineConfig(Duration.ofHours(1), Duration.ZERO,
                    PipelineSettings.DEFAULTS.withThreads(2));
            try (RunningService service = RunningService.start(config, null,
                    ServeSettings.of(0, "127.0.0.1").withPipeline(pipeline))) {
                String base = "http://127.0.0.1:" + service.port() + "/api/v1/forecasts";
                awaitFirstRun(service);
                String web1 = base + "?series=" + q("cpu,host=web1 usage_user");

                JsonNode stored = one(get(web1));
                assertEquals("stored", stored.get("source").stringValue(), stored.toString());
                assertEquals(WEB1, stored.get("series").stringValue());
                assertEquals("auto", stored.get("model").stringValue());
                assertEquals(24, stored.get("points").size());
                assertTrue(stored.get("backtest_mase").isNumber(), stored.toString());
                assertTrue(List.of("good", "uncertain", "bad").contains(stored.get("grade").stringValue()));
                assertTrue(stored.get("reason").stringValue().contains("MASE"), stored.toString());
                // The points are the pipeline's, as the store holds them: from the step after the last data.
                Forecast inStore = StoredForecasts.read(service.store(), SeriesKey.parse(WEB1), "auto", end,
                        end.plus(Duration.ofDays(2))).orElseThrow();
                assertEquals(service.pipeline().orElseThrow().runs(), 1);
                JsonNode first = stored.get("points").get(0);
                assertEquals(inStore.start().toString(), first.get("time").stringValue());
                assertEquals(inStore.mean(0), first.get("mean").doubleValue(), 1e-9);
                assertEquals(inStore.interval(95).orElseThrow().upper(0), first.get("upper_95").doubleValue(), 1e-9);
                // No run has been scored yet: the coverage is the backtest's calibration, level by level.
                for (JsonNode c : stored.get("coverage")) {
                    assertEquals("backtest_calibration", c.get("from").stringValue(), stored.toString());
                    assertTrue(c.get("measured").doubleValue() > 0.5 && c.get("steps").intValue() >= 10);
                }

                JsonNode again = one(get(web1));
                assertEquals("cached", again.get("source").stringValue());
                assertEquals(stored.get("points"), again.get("points"));

                JsonNode shorter = one(get(web1 + "&horizon=6&levels=95"));
                assertEquals("stored", shorter.get("source").stringValue());
                assertEquals(6, shorter.get("points").size());
                assertEquals(first.get("upper_95"), shorter.get("points").get(0).get("upper_95"));
                assertTrue(!shorter.get("points").get(0).has("upper_80"), shorter.toString());

                JsonNode longer = one(get(web1 + "&horizon=48"));
                assertEquals("computed", longer.get("source").stringValue());
                assertEquals(48, longer.get("points").size());
                assertEquals("cached", one(get(web1 + "&horizon=48")).get("source").stringValue());
                // A newer point makes the cached computation stale.
                Instant newest = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
                service.store().write(List.of(ForecastFixture.point("web1", "c1", 42.0, newest)));
                JsonNode fresh = one(get(web1 + "&horizon=48"));
                assertEquals("computed", fresh.get("source").stringValue());
                assertEquals(newest.toString(), fresh.get("data_until").stringValue());

                // The pipeline's scored accuracy, once written, is the measured coverage it serves.
                writeAccuracy(service.store(), SeriesKey.parse(WEB1));
                assertTrue(service.pipeline().orElseThrow().tick());
                JsonNode scored = one(get(web1));
                assertEquals("stored", scored.get("source").stringValue(), scored.toString());
                assertEquals("rolling_accuracy", scored.get("coverage").get(0).get("from").stringValue());
                assertEquals(0.75, scored.get("coverage").get(0).get("measured").doubleValue());
                assertEquals(0.9, scored.get("coverage").get(1).get("measured").doubleValue());
                assertEquals(20, scored.get("coverage").get(1).get("steps").intValue());
            }
        }
    }

    @Test
    void groupsModelsAdHocPostsAndRefusalsOnTheEmbeddedStore() throws Exception {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir), null, 0, "127.0.0.1")) {
            ForecastFixture.write(service.store(), end);
            String base = "http://127.0.0.1:" + service.port() + "/api/v1/forecasts";

            // Without a pipeline, every forecast is computed; snaive has no backtest to measure it.
            JsonNode snaive = one(get(base + "?series=" + q("cpu,host=web1 usage_user") + "&model=snaive"));
            assertEquals("computed", snaive.get("source").stringValue());
            assertTrue(snaive.get("backtest_mase").isNull(), snaive.toString());
            assertEquals("none", snaive.get("coverage").get(0).get("from").stringValue());
            assertTrue(snaive.get("coverage").get(0).get("measured").isNull());

            // Groups: summed per cluster, each saying which series went in; snaive is linear, so the group's mean
            // is the sum of its members'.
            JsonNode groups = JSON.readTree(get(base + "?series=cpu&aggregate=cluster&model=snaive").body());
            assertEquals(2, groups.get("forecasts").size(), groups.toString());
            JsonNode c1 = groups.get("forecasts").get(0);
            assertEquals("cpu,cluster=c1 usage_user", c1.get("series").stringValue());
            assertEquals("cluster", c1.get("group").get("tag").stringValue());
            assertEquals(List.of(WEB1, "cpu,cluster=c1,cpu=cpu-total,host=web2 usage_user"),
                    JSON.treeToValue(c1.get("group").get("members"), List.class));
            JsonNode web2 = one(get(base + "?series=" + q("cpu,host=web2") + "&model=snaive"));
            assertEquals(snaive.get("points").get(3).get("mean").doubleValue()
                    + web2.get("points").get(3).get("mean").doubleValue(),
                    c1.get("points").get(3).get("mean").doubleValue(), 1e-9);
            assertEquals(List.of(), JSON.treeToValue(groups.get("untagged"), List.class));

            // Ad hoc: JSON and CSV bodies, regularised as the command line does; nothing stored.
            int seriesBefore = service.store().series(io.capacity.store.SeriesFilter.all()).size();
            String csv = ForecastFixture.csv(end.minus(Duration.ofDays(10)), 240);
            HttpResponse<String> fromCsv = post(base + "?horizon=12&model=ets", "text/csv", csv);
            assertEquals(200, fromCsv.statusCode(), fromCsv.body());
            JsonNode adHoc = JSON.readTree(fromCsv.body());
            assertEquals(12, adHoc.get("points").size());
            assertEquals("PT1H", adHoc.get("step").stringValue());
            assertEquals(24, adHoc.get("season").intValue());
            assertEquals(end.toString(), adHoc.get("points").get(0).get("time").stringValue());
            StringBuilder irregular = new StringBuilder("{\"id\": \"probe\", \"horizon\": 3, \"levels\": [90], "
                    + "\"times\": [");
            StringBuilder values = new StringBuilder("], \"values\": [");
            for (int i = 0; i < 100; i++) {
                // Every tenth observation 20 minutes late: the median spacing is still an hour.
                irregular.append(i > 0 ? "," : "").append(end.toEpochMilli() / 1000 + i * 3600L + (i % 10 == 0 ? 1200 : 0));
                values.append(i > 0 ? "," : "").append(i == 50 ? "null" : Double.toString(10 + i % 24));
            }
            HttpResponse<String> fromJson = post(base, "application/json", irregular + values.toString() + "]}");
            assertEquals(200, fromJson.statusCode(), fromJson.body());
            JsonNode probe = JSON.readTree(fromJson.body());
            assertEquals("probe", probe.get("series").stringValue());
            assertEquals("PT1H", probe.get("step").stringValue());
            assertTrue(probe.get("points").get(0).has("lower_90") && !probe.get("points").get(0).has("lower_80"));
            assertEquals(seriesBefore, service.store().series(io.capacity.store.SeriesFilter.all()).size());

            // Refusals name what is wrong.
            refused(get(base + "?series=cpu&horizon=0"), 400, "query parameter horizon 0: expected 1 to 8760 steps");
            refused(get(base + "?series=cpu&levels=80,100"), 400, "query parameter levels 100: expected a percentage");
            refused(get(base + "?series=cpu&levels=80,80"), 400, "expected each level once");
            refused(get(base + "?series=cpu&step=soon"), 400, "step: 'soon' is not a duration");
            refused(get(base + "?series=cpu&model=oracle"), 400, "query parameter model oracle");
            refused(get(base + "?series=cpu&horizn=3"), 400, "unknown query parameter horizn");
            refused(get(base + "?series=disk"), 404, "'disk' matches no stored series");
            refused(get(base + "?series=cpu,host"), 400, "query parameter series: selection 'cpu,host'");
            refused(get(base), 400, "series");
            refused(post(base, "text/csv", "timestamp,value\n2024-01-01T00:00:00Z,1\n2024-01-01T01:00:00Z,2\n"
                    + "2024-01-01T02:00:00Z,3\n2024-01-01T03:00:00Z,abc\n"), 400,
                    "request body:5: not a number (abc)");
            refused(post(base, "application/json", "{\"times\": [1,2], \"values\": [1]}"), 400, "2 times but 1 values");
            refused(post(base, "application/json", "{\"series\": [], \"horizon\": 3}"), 400, "0 observations");
            refused(post(base + "?horizon=3", "application/json", "{\"horizon\": 4, \"times\": [], \"values\": []}"),
                    400, "horizon given both as a query parameter and in the request body");
            refused(post(base, "text/plain", csv), 415, "");
            refused(post(base, "text/csv", "x".repeat(ForecastBodies.MAX_BYTES + 1)), 413, "larger than 8 MiB");

            // The OpenAPI document describes both operations, their parameters and both body types.
            String doc = get("http://127.0.0.1:" + service.port() + "/v3/api-docs").body();
            JsonNode path = JSON.readTree(doc).get("paths").get("/api/v1/forecasts");
            assertEquals(List.of("aggregate", "horizon", "levels", "model", "season", "series", "step"),
                    path.get("get").get("parameters").valueStream().map(n -> n.get("name").stringValue()).sorted()
                            .toList(), doc);
            JsonNode body = path.get("post").get("requestBody").get("content");
            assertTrue(body.has("application/json") && body.has("text/csv"), body.toString());
            assertTrue(path.get("get").get("responses").has("404"), path.toString());
        }
    }

    @Test
    void tooManySeriesAreRefusedWithHowToNarrowThem() throws Exception {
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir), null, 0, "127.0.0.1")) {
            List<Point> points = new java.util.ArrayList<>();
            for (int i = 0; i < 51; i++) {
                points.add(Point.of("load", Map.of("host", "h" + i, "cluster", "c" + i % 2), "load1", 1.0,
                        1_000_000_000L));
            }
            service.store().write(points);
            String base = "http://127.0.0.1:" + service.port() + "/api/v1/forecasts";
            refused(get(base + "?series=load"), 400, "selects 51 series, at most 50 per request; narrow the "
                    + "selection or sum it per tag with aggregate=TAG");
            JsonNode groups = JSON.readTree(get(base + "?series=load&aggregate=cluster&model=naive").body());
            JsonNode c0 = groups.get("forecasts").get(0);
            assertEquals(26, c0.get("group").get("members").size(), groups.toString());
            assertTrue(c0.get("error").stringValue().contains("cannot use this series")
                    || c0.get("points") != null, c0.toString());
        }
    }

    private static void refused(HttpResponse<String> r, int status, String detail) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertTrue(r.body().contains(detail), r.body());
    }

    private static JsonNode one(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        JsonNode forecasts = JSON.readTree(r.body()).get("forecasts");
        assertEquals(1, forecasts.size(), r.body());
        return forecasts.get(0);
    }

    private static void awaitFirstRun(RunningService service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (service.pipeline().orElseThrow().runs() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(1, service.pipeline().orElseThrow().runs());
    }

    /** A scoring as the pipeline writes it: 20 steps pooled, 75 % inside the 80 % band, 90 % inside the 95 %. */
    private static void writeAccuracy(MetricStore store, SeriesKey series) {
        TreeMap<String, Number> f = new TreeMap<>();
        String r = MetricSchema.ACCURACY_ROLLING_SUFFIX;
        f.put(MetricSchema.ACCURACY_FIELD_STEPS + r, 20L);
        f.put(MetricSchema.accuracyCoverageField(80) + r, 0.75);
        f.put(MetricSchema.accuracyCoverageField(95) + r, 0.9);
        Instant at = Instant.now().minusSeconds(1);
        store.write(List.of(new Point(MetricSchema.FORECAST_ACCURACY.name(), ForecastPoints.tags(series, "auto"), f,
                at.getEpochSecond() * 1_000_000_000L)));
    }
}
