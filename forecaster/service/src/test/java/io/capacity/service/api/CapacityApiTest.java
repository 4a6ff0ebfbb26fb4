package io.capacity.service.api;

import static io.capacity.service.api.ApiCalls.get;
import static io.capacity.service.api.ApiCalls.post;
import static io.capacity.service.api.ApiCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.service.CapacityApplication;
import io.capacity.service.DemoOptions;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/capacity} and {@code POST /api/v1/what-if} over HTTP on the simulated demo fleet (six hosts, a
 * real embedded store with four weeks of history): ranking, time remaining, criticality from the configured
 * thresholds, sizing, the cache, what-if answers, every refusal as problem+json, and the OpenAPI document.
 */
class CapacityApiTest {
    private static final String SECRET = "capacity-api-test-secret-0123";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void capacityAndWhatIfOnTheDemoFleet() throws Exception {
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir.resolve("data")), null,
                ServeSettings.of(0, "127.0.0.1").withDemo(new DemoOptions(6, 1)).withSpring(
                        "--capacity.tokens=operate ci " + SECRET, "--capacity.capacity-critical-days=3",
                        "--capacity.capacity-warning-days=10"))) {
            String base = "http://127.0.0.1:" + service.port();
            capacity(base);
            whatIf(base);
            HttpResponse<String> docs = get(base + "/v3/api-docs");
            for (String s : List.of("\"/api/v1/capacity\"", "\"/api/v1/what-if\"", "\"/api/v1/series/{key}/points\"",
                    "\"X-Total-Count\"", "\"Link\"", "capacity per cluster and dimension".substring(0, 8))) {
                assertTrue(docs.body().contains(s), s + " in the OpenAPI document");
            }
        }
    }

    private static void capacity(String base) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(base + "/api/v1/capacity");
        long coldMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        JsonNode c = JSON.readTree(r.body());
        assertEquals(3.0, c.get("thresholds").get("critical_days").asDouble());
        assertEquals(10.0, c.get("thresholds").get("warning_days").asDouble());
        assertEquals("PT336H", c.get("horizon").stringValue());
        assertEquals(0, c.get("failed").size(), r.body());
        JsonNode clusters = c.get("clusters");
        assertEquals(3, clusters.size());
        assertEquals("demo-growing", clusters.get(0).get("cluster").stringValue(), "the growing cluster runs out first");
        double previous = -1;
        for (int i = 0; i < 3; i++) {
            JsonNode cl = clusters.get(i);
            assertEquals(i + 1, cl.get("rank").asInt());
            JsonNode left = cl.get("time_remaining_days");
            double days = left.isNull() ? Double.MAX_VALUE : left.asDouble();
            assertTrue(days >= previous, "ranked by conservative time remaining: " + r.body());
            previous = days;
            Instant computed = Instant.parse(cl.get("computed_at").stringValue());
            assertTrue(computed.isAfter(Instant.now().minus(10, ChronoUnit.MINUTES)));
            List<String> dims = new ArrayList<>();
            for (JsonNode d : cl.get("dimensions")) {
                dims.add(d.get("dimension").stringValue());
                JsonNode con = d.get("time_remaining").get("conservative");
                JsonNode agg = d.get("time_remaining").get("aggressive");
                String expected = con.get("days").isNull() ? "ok" : con.get("days").asDouble() <= 3 ? "critical"
                        : con.get("days").asDouble() <= 10 ? "warning" : "ok";
                assertEquals(expected, d.get("criticality").stringValue(), d.toString());
                assertEquals(con.get("at").isNull(), con.get("days").isNull());
                if (!agg.get("days").isNull()) {
                    assertTrue(agg.get("days").asDouble() >= con.get("days").asDouble(), d.toString());
                }
                assertEquals(d.get("usable").asDouble() - d.get("usage").asDouble(), d.get("headroom").asDouble(),
                        0.002);
                JsonNode rec = d.get("recommended");
                assertEquals(rec.get("hosts").asInt() - rec.get("hosts_now").asInt(), rec.get("hosts_to_add").asInt());
                assertEquals(2, rec.get("hosts_now").asInt());
                assertTrue(d.get("forecast").get("method").stringValue().length() > 2, d.toString());
            }
            assertEquals(List.of("cpu", "memory", "bandwidth"), dims, "no power: the demo's clusters have no budget");
            assertTrue(dims.contains(cl.get("most_constrained").stringValue()));
        }
        // The same question again is answered from the board, with the same computed_at.
        long t1 = System.nanoTime();
        HttpResponse<String> again = get(base + "/api/v1/capacity");
        long warmMs = (System.nanoTime() - t1) / 1_000_000;
        assertEquals(c.get("computed_at"), JSON.readTree(again.body()).get("computed_at"));
        assertTrue(warmMs < Math.max(1000, coldMs / 2), "cached: " + warmMs + " ms vs " + coldMs + " ms cold");

        JsonNode one = JSON.readTree(get(base + "/api/v1/capacity?cluster=demo-flat&dimension=cpu").body());
        assertEquals(1, one.get("clusters").size());
        assertEquals("demo-flat", one.get("clusters").get(0).get("cluster").stringValue());
        assertEquals(1, one.get("clusters").get(0).get("dimensions").size());
        problem(get(base + "/api/v1/capacity?cluster=nope"), 404, "no cluster nope in the inventory; its clusters are "
                + "[demo-growing, demo-nightly, demo-flat]");
        problem(get(base + "/api/v1/capacity?dimension=disk"), 400, "query parameter dimension: 'disk' is not one of "
                + "cpu, memory, bandwidth, power");
        problem(get(base + "/api/v1/capacity?horizon=100d"), 400, "query parameter horizon: '100d' is not a duration "
                + "from 1h to 90d");
        problem(get(base + "/api/v1/capacity?history=soon"), 400, "query parameter history: 'soon' is not a duration");
        // Ten days of history cannot be backtested 30 days ahead: answered, and the grade says so.
        JsonNode shortHistory = JSON.readTree(get(base + "/api/v1/capacity?horizon=30d&history=10d&cluster=demo-flat")
                .body());
        assertEquals("PT720H", shortHistory.get("horizon").stringValue());
        assertTrue(shortHistory.get("clusters").get(0).get("dimensions").get(0).get("forecast").get("grade_reason")
                .stringValue().startsWith("too short for a backtest"), shortHistory.toString());
        problem(get(base + "/api/v1/capacity?clusters=a"), 400, "unknown query parameter clusters");
    }

    private static void whatIf(String base) throws Exception {
        String url = base + "/api/v1/what-if";
        HttpResponse<String> r = post(url, SECRET, "application/json",
                "{\"workload_percent\": 50, \"add_hosts\": [\"2:dell-r640-2017:demo-growing\"], \"model\": \"snaive\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode w = JSON.readTree(r.body());
        assertEquals("workload +50.0 %; add 2:dell-r640-2017:demo-growing", w.get("scenario").stringValue());
        assertEquals("PT168H", w.get("horizon").stringValue());
        assertEquals(3, w.get("clusters").size());
        boolean all = true;
        for (JsonNode v : w.get("clusters")) {
            boolean fits = v.get("fits").asBoolean();
            all &= fits;
            assertEquals(fits, v.get("shortfall").isEmpty(), v.toString());
            for (JsonNode buy : v.get("shortfall")) {
                assertTrue(buy.get("summary").stringValue().startsWith("order "), buy.toString());
            }
        }
        assertEquals(all, w.get("fits").asBoolean());
        assertTrue(w.get("what_if").get("base").get("clusters").size() == 3
                && w.get("what_if").get("changed").get("clusters").size() == 3, r.body().substring(0, 300));

        // Demand added as a series in the body: two days of 40 extra cores on the growing cluster.
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS);
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < 48; i++) {
            pts.append(i == 0 ? "" : ",").append("{\"time\": \"").append(from.plus(i, ChronoUnit.HOURS))
                    .append("\", \"value\": 40}");
        }
        HttpResponse<String> extra = post(url, SECRET, "application/json", "{\"extra_demand\": [{\"series\": "
                + "\"demo-growing:cpu\", \"points\": [" + pts + "]}], \"model\": \"snaive\", \"horizon\": \"2d\"}");
        assertEquals(200, extra.statusCode(), extra.body());
        assertTrue(extra.body().startsWith("{\"scenario\":\"extra demand demo-growing:cpu\""), extra.body());

        problem(post(url, SECRET, "application/json", "{}"), 400, "request body: no change asked; give at least one "
                + "of add_hosts, boot_time, extra_demand, lead_time, pue, remove_hosts, target_util, tariff, "
                + "workload_percent");
        problem(post(url, SECRET, "application/json", "{\"target_util\": 2}"), 400, "field target_util 2.0:");
        problem(post(url, SECRET, "application/json", "{\"add_hosts\": [\"2:nope:demo-flat\"]}"), 422,
                "field add_hosts '2:nope:demo-flat': no model 'nope' in the inventory");
        problem(post(url, SECRET, "application/json", "{\"remove_hosts\": [\"ghost\"]}"), 400, "field remove_hosts");
        problem(post(url, SECRET, "application/json", "{\"tariff\": \"cheap\"}"), 400,
                "request body: field 'tariff' must be a finite number, got a string");
        problem(post(url, SECRET, "application/json", "{\"tariff\": 1e999}"), 400, "must be a finite number");
        problem(post(url, SECRET, "application/json", "{\"workload\": 5}"), 400, "unknown field 'workload'");
        problem(post(url, SECRET, "application/json", "{\"pue\": NaN}"), 400, "request body: not valid JSON");
        problem(post(url, SECRET, "application/json", "{\"pue\": 1.2, \"pue\": 1.3}"), 400, "not valid JSON");
        problem(post(url, SECRET, "application/json", "{\"pue\": 1.2, \"horizon\": \"90d\"}"), 400,
                "field 'horizon' must be at most 30d");
        problem(post(url, SECRET, "application/json", "{\"pue\": 1.2, \"model\": \"crystal-ball\"}"), 400, "");
        problem(post(url, SECRET, "text/csv", "a,b"), 415, "Content-Type text/csv is not taken");
        problem(post(url, SECRET, "application/json", "{\"pue\": \"" + "x".repeat(1 << 20) + "\"}"), 413,
                "more than 1048576 bytes");
        problem(post(url, SECRET, "application/json", "{\"add_hosts\": [\"99999999999:dell-r640-2017\"]}"), 400,
                "adds too many hosts; at most 1000 in all");
        problem(post(url, null, "application/json", "{\"pue\": 1.2}"), 401, "needs a bearer token of role operate");
        assertFalse(r.body().contains("NaN"));
    }

    @Test
    void aClusterWithoutDataIsNamedUnderFailedOrIsA422Alone() throws Exception {
        Path inventory = java.nio.file.Files.writeString(dir.resolve("inventory.yaml"), """
                currency: EUR
                models:
                  r640: {power_model: dell-r640-2017, cores: 56, memory_gb: 192, nic_gbps: 25, price: 9000}
                clusters:
                  - id: c1
                hosts:
                  - {id: h1, cluster: c1, model: r640, purchased: 2020-01-01, state: on}
                  - {id: h2, cluster: c1, model: r640, purchased: 2020-01-01, state: on}
                """);
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir));
             ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0",
                     "--capacity.inventory=" + inventory)) {
            String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> all = get(base + "/api/v1/capacity");
            assertEquals(200, all.statusCode(), all.body());
            assertTrue(all.body().contains("\"clusters\":[],\"failed\":[{\"cluster\":\"c1\",\"detail\":\"cluster c1: "
                    + "no stored cpu, mem or net data for its hosts since"), all.body());
            problem(get(base + "/api/v1/capacity?cluster=c1"), 422, "cluster c1: no stored cpu, mem or net data");
            // An inventory broken while the service runs is the operator's to fix: 503 naming its problem.
            java.nio.file.Files.writeString(inventory, "models: {}\n");
            problem(get(base + "/api/v1/capacity"), 503, "the service's inventory cannot be read: ");
        }
    }

    @Test
    void withoutAnInventoryCapacityAndWhatIfSayHowToGiveOne() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir));
             ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0",
                     "--capacity.tokens=operate ci " + SECRET)) {
            String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
            problem(get(base + "/api/v1/capacity"), 503, "no inventory to assess: start the service with --inventory "
                    + "FILE (or --demo for the simulated fleet's)");
            problem(post(base + "/api/v1/what-if", SECRET, "application/json", "{\"pue\": 1.2}"), 503,
                    "no inventory to assess");
        }
    }
}
