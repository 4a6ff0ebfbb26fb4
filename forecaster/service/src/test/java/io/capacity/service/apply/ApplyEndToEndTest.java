package io.capacity.service.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.schema.SeriesKey;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.store.MetricStore;
import io.capacity.store.open.Stores;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.service.pipeline.PipelineConfig;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreConfig;
import io.capacity.testkit.InfluxdServer;
import io.capacity.testkit.IpmiSimServer;
import io.capacity.testkit.SharedInfluxd;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-to-end path on a real influxd: the demo fleet's history in InfluxDB (app.demo, as {@code serve
 * --demo} writes it, here ending at the latest 18:00 UTC: the nightly cluster's trough, so the capacity check of the
 * power-down passes whatever the hour the test runs; at its morning peak the check refuses it, rightly, as powering
 * the host down then would leave the cluster short), a pipeline run writing
 * {@code capacity_forecast} points (per host and the cluster's summed demand) and recording each cluster's plan
 * itself, the REST API returning the stored forecasts, the cluster's capacity and the pipeline's plan, approval, a
 * dry run that changes nothing, then apply powering the first power-down's host down (one action per host and
 * scheduled step) through a real ipmi_sim BMC (read back with ipmitool), and the plan's state and audit trail
 * after a restart.
 */
class ApplyEndToEndTest {
    static final String OPERATE = "apply-e2e-operate-secret-0123";
    static final String READ = "apply-e2e-read-secret-0123456";
    static final String TOKENS = "--capacity.tokens=operate ops " + OPERATE + ", read grafana " + READ;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CLUSTER = "demo-nightly";

    @TempDir
    Path dir;
    final List<IpmiSimServer> bmcs = new ArrayList<>();

    @AfterEach
    void stopBmcs() {
        bmcs.forEach(IpmiSimServer::close);
    }

    @Test
    void demoFleetPipelinePlanApproveApplyAndRestart() throws Exception {
        InfluxdServer influx = SharedInfluxd.get();
        StoreConfig store = new StoreConfig(dir, influx.url(), "apply_e2e_" + System.nanoTime(), null, null, null,
                null);
        Path bmcConfig = dir.resolve("collectors.yaml");
        PipelineConfig pipeline = new PipelineConfig(Duration.ofHours(1), Duration.ZERO, PipelineSettings.DEFAULTS
                .withSelections(List.of(new SeriesFilter("cpu", "usage_idle", new TreeMap<>(Map.of("cluster",
                        CLUSTER))))).withThreads(2));
        ServeSettings dryOnly = ServeSettings.of(0, "127.0.0.1").withInventory(dir.resolve("demo-inventory.yaml"))
                .withSpring(TOKENS, "--capacity.apply.timeout=PT30S", "--capacity.apply.bmc-config=" + bmcConfig,
                        "--capacity.apply.buffer-dir=" + dir.resolve("buffer"));
        // The executor's first pass is an hour away: this test applies by hand, as the operator decides.
        ServeSettings settings = dryOnly.withSpring("--capacity.apply.execute=true", "--capacity.apply.every=PT1H");
        long planId;
        int actionId;
        String detail;
        Instant now = Instant.now();
        Instant trough = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(18));
        Clock demoClock = Clock.fixed(trough.isAfter(now) ? trough.minus(Duration.ofDays(1)) : trough, ZoneOffset.UTC);
        try (MetricStore s = Stores.open(store)) {
            DemoStart.run(s, dir, DemoFleet.DEFAULT_HOSTS, 7, demoClock);
        }
        try (RunningService service = RunningService.start(store, null, settings.withPipeline(pipeline))) {
            String base = "http://127.0.0.1:" + service.port();
            awaitPipelineRun(base);
            List<SeriesKey> forecasts = service.store().series(SeriesFilter.measurement("capacity_forecast"))
                    .stream().filter(k -> k.field().equals("mean")).toList();
            assertTrue(forecasts.stream().anyMatch(k -> k.tags().containsKey("host")
                    && CLUSTER.equals(k.tags().get("cluster"))), "per-host forecasts stored: " + forecasts);
            List<SeriesKey> demand = forecasts.stream().filter(k -> "capacity_demand".equals(k.tags().get(
                    "source_measurement")) && CLUSTER.equals(k.tags().get("cluster"))).toList();
            assertEquals(3, demand.size(), "the cluster's cpu, memory and bandwidth demand forecasts: " + demand);
            assertEquals(List.of("bandwidth", "cpu", "memory"), demand.stream().map(k -> k.tags().get(
                    "source_field")).sorted().toList(), demand.toString());
            for (SeriesKey k : List.of(forecasts.get(0), demand.get(0))) {
                SeriesData ahead = service.store().read(SeriesQuery.raw(k, Instant.now(),
                        Instant.now().plus(Duration.ofDays(2))));
                assertTrue(ahead.size() > 0, "forecast points lie in the future: " + k);
            }
            HttpResponse<String> listed = send("GET", base + "/api/v1/series?measurement=capacity_forecast", READ);
            assertEquals(200, listed.statusCode(), listed.body());
            assertTrue(listed.body().contains("capacity_forecast"), listed.body());

            // REST: the pipeline's stored forecasts of the cluster's host series ...
            HttpResponse<String> fc = send("GET", base + "/api/v1/forecasts?series=cpu,cluster=" + CLUSTER
                    + "%20usage_idle", READ);
            assertEquals(200, fc.statusCode(), fc.body());
            JsonNode fcs = JSON.readTree(fc.body()).path("forecasts");
            assertTrue(fcs.size() > 0, fc.body());
            for (JsonNode f : fcs) {
                assertEquals("stored", f.path("source").asString(), f.toString());
                assertEquals(24, f.path("points").size(), f.toString());
            }
            // ... the cluster's capacity, each dimension with its time remaining ...
            HttpResponse<String> cap = send("GET", base + "/api/v1/capacity?cluster=" + CLUSTER, READ);
            assertEquals(200, cap.statusCode(), cap.body());
            JsonNode cl = JSON.readTree(cap.body()).path("clusters").get(0);
            assertEquals(CLUSTER, cl.path("cluster").asString(), cap.body());
            List<String> dims = new ArrayList<>();
            for (JsonNode d : cl.path("dimensions")) {
                dims.add(d.path("dimension").asString());
                assertTrue(d.path("time_remaining").has("conservative") && d.path("time_remaining")
                        .has("aggressive"), d.toString());
                assertTrue(d.path("usable").asDouble() > 0, d.toString());
            }
            assertEquals(List.of("cpu", "memory", "bandwidth"), dims, cap.body());
            // ... and the plan the pipeline's run recommended for it (nobody POSTed one).
            HttpResponse<String> recommended = send("GET", base + "/api/v1/plans?state=recommended&cluster="
                    + CLUSTER, READ);
            assertEquals(200, recommended.statusCode(), recommended.body());
            JsonNode plans = JSON.readTree(recommended.body()).path("plans");
            assertEquals(1, plans.size(), recommended.body());
            planId = plans.get(0).path("id").asLong();
            String plan = base + "/api/v1/plans/" + planId;
            JsonNode recorded = JSON.readTree(send("GET", plan, READ).body());
            JsonNode origin = recorded.path("audit").get(0);
            assertEquals("recommended", origin.path("to").asString(), recorded.toString());
            assertEquals("planner", origin.path("who").asString(), recorded.toString());
            assertTrue(origin.path("why").asString().startsWith("scheduled pipeline run at "), origin.toString());
            JsonNode down = action(recorded, "power_down");
            actionId = down.path("id").asInt();
            List<String> hosts = new ArrayList<>();
            down.path("hosts").forEach(h -> hosts.add(h.asString()));
            assertFalse(hosts.isEmpty());
            // The collectors' config names one real BMC per host the plan powers down; serve reads it at the first
            // apply.
            Files.writeString(bmcConfig, bmcYaml(hosts));
            assertEquals(200, send("POST", plan + "/approve", OPERATE, "{\"reason\": \"night shift\"}").statusCode());

            HttpResponse<String> refused = send("POST", plan + "/apply?action=" + actionId, READ);
            assertEquals(403, refused.statusCode(), refused.body());
            HttpResponse<String> dry = send("POST", plan + "/apply?dry_run=true&action=" + actionId, OPERATE);
            assertEquals(200, dry.statusCode(), dry.body());
            JsonNode dryOutcome = JSON.readTree(dry.body()).path("outcomes").get(0);
            assertEquals("would_run", dryOutcome.path("outcome").asString(), dry.body());
            assertTrue(dryOutcome.path("commands").get(0).asString().contains("chassis power soft (IPMI target bmc-"));
            for (IpmiSimServer b : bmcs) {
                assertEquals("on", b.chassisPower(), "a dry run sends nothing");
            }
            assertEquals("pending", JSON.readTree(send("GET", plan, READ).body()).path("state").asString());

            HttpResponse<String> applied = send("POST", plan + "/apply?action=" + actionId, OPERATE);
            assertEquals(200, applied.statusCode(), applied.body());
            JsonNode outcome = JSON.readTree(applied.body()).path("outcomes").get(0);
            assertEquals("succeeded", outcome.path("outcome").asString(), applied.body());
            for (IpmiSimServer b : bmcs) {
                assertEquals("off", b.chassisPower(), "ipmitool reads the host off");
            }
            detail = send("GET", plan, READ).body();
            JsonNode shown = JSON.readTree(detail);
            JsonNode done = action(shown, "power_down");
            assertEquals("succeeded", done.path("state").asString(), detail);
            assertTrue(done.path("note").asString().contains("off, read back from the BMC"), detail);
            String audit = shown.path("audit").toString();
            assertTrue(audit.contains("\"who\":\"ops\"") && audit.contains("\"to\":\"ongoing\"")
                    && audit.contains("\"from\":\"ongoing\",\"to\":\"succeeded\""), audit);
        }
        // Restarted without --apply-actions: the state is all there, and apply only dry-runs.
        try (RunningService again = RunningService.start(store, null, dryOnly)) {
            String plan = "http://127.0.0.1:" + again.port() + "/api/v1/plans/" + planId;
            assertEquals(detail, send("GET", plan, READ).body(), "the plan and its audit trail survive a restart");
            HttpResponse<String> dryByDefault = send("POST", plan + "/apply", OPERATE);
            assertEquals(200, dryByDefault.statusCode(), dryByDefault.body());
            assertTrue(dryByDefault.body().startsWith("{\"dry_run\":true,\"execution\":\"off: dry runs only (serve "
                    + "--apply-actions enables it)\""), dryByDefault.body());
            HttpResponse<String> off = send("POST", plan + "/apply?dry_run=false", OPERATE);
            assertEquals(409, off.statusCode(), off.body());
            assertTrue(off.body().contains("real runs are off unless enabled with serve --apply-actions"), off.body());
            HttpResponse<String> bad = send("POST", plan + "/apply?dry_run=maybe", OPERATE);
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("query parameter dry_run: 'maybe' is not true or false"), bad.body());
            assertEquals(404, send("POST", plan + "/apply?action=99", OPERATE).statusCode());
            assertEquals(401, HTTP.send(HttpRequest.newBuilder(URI.create(plan + "/apply")).POST(
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(detail, send("GET", plan, READ).body(), "refused and dry applies change nothing");
        }
        try (RunningService again = RunningService.start(store, null, settings)) {
            String plan = "http://127.0.0.1:" + again.port() + "/api/v1/plans/" + planId;
            HttpResponse<String> twice = send("POST", plan + "/apply?action=" + actionId, OPERATE);
            assertEquals(200, twice.statusCode(), twice.body());
            assertEquals("not_waiting", JSON.readTree(twice.body()).path("outcomes").get(0).path("outcome")
                    .asString(), "a succeeded action never runs twice");
        }
    }

    private String bmcYaml(List<String> hosts) throws Exception {
        StringBuilder y = new StringBuilder("ipmi:\n");
        for (String h : hosts) {
            IpmiSimServer b = IpmiSimServer.start(300, new IpmiSimServer.Chassis(true, Duration.ofMillis(500), true));
            bmcs.add(b);
            y.append("  - name: bmc-").append(h).append("\n    host: ").append(b.host()).append("\n    port: ")
                    .append(b.port()).append("\n    username: ").append(IpmiSimServer.USER).append("\n    password: ")
                    .append(IpmiSimServer.PASSWORD).append("\n    cipher_suite: ").append(IpmiSimServer.CIPHER_SUITE)
                    .append("\n    inventory: {host: ").append(h).append("}\n");
        }
        return y.toString();
    }

    private static JsonNode action(JsonNode plan, String kind) {
        for (JsonNode a : plan.path("actions")) {
            if (kind.equals(a.path("kind").asString())) {
                return a;
            }
        }
        throw new AssertionError("no " + kind + " action in " + plan);
    }

    private static void awaitPipelineRun(String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String info = "";
        while (!info.contains("last_run") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            info = send("GET", base + "/actuator/info", READ).body();
        }
        assertTrue(info.contains("last_run"), info);
    }

    static HttpResponse<String> send(String method, String url, String token) throws Exception {
        return send(method, url, token, null);
    }

    static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
