package io.capacity.service.api;

import static io.capacity.service.api.ApiCalls.get;
import static io.capacity.service.api.ApiCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import io.capacity.testkit.InfluxdServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/series} pages and {@code GET /api/v1/series/{key}/points} over HTTP, on the embedded store and
 * on a real influxd: every key once across the pages although a series arrives between two of them, the headers, a
 * counter as a rate, a gap as null, and each refusal as problem+json.
 */
class SeriesReadsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NEXT = Pattern.compile("^<(/api/v1/series\\?[^>]+)>; rel=\"next\"$");
    /** On the hour, so the hourly windows below are the stored points'. */
    private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void onTheEmbeddedStore() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            reads(store);
        }
    }

    @Test
    void onInfluxd() throws Exception {
        try (InfluxdServer influxd = InfluxdServer.create().start();
             MetricStore store = Stores.open(StoreConfig.influx(influxd.url(), "reads"))) {
            reads(store);
        }
    }

    private void reads(MetricStore store) throws Exception {
        List<Point> points = new ArrayList<>();
        for (int h = 0; h < 23; h++) {
            points.add(Point.of("cpu", Map.of("cpu", "cpu-total", "host", String.format("h%02d", h)), "usage_idle",
                    50.0, nanos(T0)));
        }
        // A counter growing 3600 bytes an hour (1 byte/s) for 6 hours, and a gauge with its 3rd hour missing.
        for (int i = 0; i < 6; i++) {
            points.add(Point.ofInteger("net", Map.of("host", "web1", "interface", "eth0"), "bytes_recv", 3600L * i,
                    nanos(T0.plus(Duration.ofHours(i)))));
            // A switch port as Telegraf's SNMP plugin names it: a slash in the key.
            points.add(Point.ofInteger("interface", Map.of("agent_host", "sw1", "ifName", "Gi1/0/1"), "ifHCInOctets",
                    7200L * i, nanos(T0.plus(Duration.ofHours(i)))));
            if (i != 2) {
                points.add(Point.of("mem", Map.of("host", "web1"), "used_percent", 10.0 * (i + 1),
                        nanos(T0.plus(Duration.ofHours(i)))));
            }
        }
        store.write(points);
        try (ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0")) {
            String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
            pages(store, base);
            points(base);
        }
    }

    private static void pages(MetricStore store, String base) throws Exception {
        HttpResponse<String> first = get(base + "/api/v1/series?measurement=cpu&limit=5");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("23", first.headers().firstValue("x-total-count").orElse(""));
        List<String> keys = new ArrayList<>(keys(first));
        assertEquals(5, keys.size());
        // A series sorting before the page's end arrives: by position, h04 would come again.
        store.write(List.of(Point.of("cpu", Map.of("cpu", "cpu-total", "host", "h00a"), "usage_idle", 1.0,
                nanos(T0))));
        HttpResponse<String> page = first;
        int pages = 1;
        while (page.headers().firstValue("link").isPresent()) {
            Matcher m = NEXT.matcher(page.headers().firstValue("link").orElseThrow());
            assertTrue(m.matches(), page.headers().toString());
            assertTrue(m.group(1).contains("measurement=cpu") && m.group(1).contains("limit=5"), m.group(1));
            page = get(base + m.group(1));
            assertEquals(200, page.statusCode(), page.body());
            keys.addAll(keys(page));
            pages++;
        }
        assertEquals(5, pages);
        assertEquals("24", page.headers().firstValue("x-total-count").orElse(""), "the new series counts");
        assertEquals(23, keys.size(), "every key once: " + keys);
        assertEquals(keys.stream().sorted().distinct().toList(), keys);
        assertFalse(keys.contains("cpu,cpu=cpu-total,host=h00a usage_idle"), "it sorts before the cursor");

        // Without paging parameters the first 100, as before, in one array.
        HttpResponse<String> all = get(base + "/api/v1/series");
        assertTrue(all.body().startsWith("[{\"key\":"), all.body());
        assertEquals(27, keys(all).size());
        assertFalse(all.headers().firstValue("link").isPresent());
        problem(get(base + "/api/v1/series?limit=0"), 400, "query parameter limit: '0' is not a whole number from 1 to 1000");
        problem(get(base + "/api/v1/series?limit=1001"), 400, "query parameter limit: '1001'");
        problem(get(base + "/api/v1/series?limit=ten"), 400, "query parameter limit: 'ten'");
        problem(get(base + "/api/v1/series?cursor=bm9wZQ"), 400, "query parameter cursor: 'bm9wZQ' is not a cursor "
                + "this endpoint gave");
        problem(get(base + "/api/v1/series?limit=1&limit=2"), 400, "query parameter limit given more than once");
        problem(get(base + "/api/v1/series?offset=3"), 400, "unknown query parameter offset; this endpoint accepts: "
                + "cursor, field, limit, measurement, tag");
    }

    private static void points(String base) throws Exception {
        String net = base + "/api/v1/series/" + path("net,host=web1,interface=eth0 bytes_recv") + "/points";
        String range = "from=2026-11-30T00:00:00Z&to=2026-11-30T06:00:00Z";
        JsonNode rate = JSON.readTree(get(net + "?" + range + "&step=1h").body());
        assertTrue(rate.get("rate").asBoolean());
        assertEquals("bytes/s", rate.get("unit").stringValue());
        assertEquals("counter", rate.get("series").get("kind").stringValue());
        assertEquals("PT1H", rate.get("step").stringValue());
        JsonNode last = rate.get("points").get(rate.get("points").size() - 1);
        assertEquals("2026-11-30T05:00:00Z", last.get("time").stringValue());
        assertEquals(1.0, last.get("value").asDouble(), 1e-9, "3600 bytes an hour is 1 byte/s");

        // A key with a slash reads percent-encoded (%2F) like any other; an encoded slash never leaves its segment.
        String port = "interface,agent_host=sw1,ifName=Gi1/0/1 ifHCInOctets";
        assertTrue(path(port).contains("Gi1%2F0%2F1"), path(port));
        HttpResponse<String> slash = get(base + "/api/v1/series/" + path(port) + "/points?" + range + "&step=1h");
        assertEquals(200, slash.statusCode(), slash.body());
        JsonNode ifRate = JSON.readTree(slash.body());
        assertEquals(port, ifRate.get("series").get("key").stringValue());
        assertEquals(2.0, ifRate.get("points").get(ifRate.get("points").size() - 1).get("value").asDouble(), 1e-9);
        problem(get(base + "/api/v1/series/..%2F..%2Factuator%2Finfo/points"), 400, "path: '../../actuator/info' is "
                + "not a series key");
        problem(get(base + "/api/v1/series/" + path("interface,agent_host=sw1,ifName=Gi1/0/9 ifHCInOctets")
                + "/points"), 404, "no series interface,agent_host=sw1,ifName=Gi1/0/9 ifHCInOctets is stored");

        String mem = base + "/api/v1/series/" + path("mem,host=web1 used_percent") + "/points";
        JsonNode gauge = JSON.readTree(get(mem + "?" + range).body());
        assertEquals("PT1H", gauge.get("step").stringValue(), "the series' own interval: hourly");
        assertEquals("percent", gauge.get("unit").stringValue());
        assertEquals(List.of("10.0", "20.0", "null", "40.0", "50.0", "60.0"), values(gauge));
        assertEquals("2026-11-30T02:00:00Z", gauge.get("points").get(2).get("time").stringValue());
        assertEquals(6, gauge.get("count").asInt());
        JsonNode max = JSON.readTree(get(mem + "?" + range + "&step=3h&agg=max").body());
        assertEquals(List.of("20.0", "60.0"), values(max));
        assertEquals("max", max.get("agg").stringValue());

        problem(get(base + "/api/v1/series/" + path("mem,host=nope used_percent") + "/points"), 404,
                "no series mem,host=nope used_percent is stored; GET /api/v1/series lists the keys");
        problem(get(base + "/api/v1/series/" + path("mem,host") + "/points"), 400, "path: 'mem,host' is not a "
                + "series key");
        problem(get(mem + "?from=2026-11-30T06:00:00Z&to=2026-11-30T00:00:00Z"), 400,
                "query parameter from 2026-11-30T06:00:00Z must be before query parameter to");
        problem(get(mem + "?from=yesterday"), 400, "query parameter from: 'yesterday' is not an ISO-8601 time");
        problem(get(mem + "?from=1900-01-01T00:00:00Z"), 400, "is not a time between 1970-01-01T00:00:00Z and");
        problem(get(mem + "?step=0s"), 400, "query parameter step: '0s' is not a positive duration");
        problem(get(mem + "?step=99999d"), 400, "query parameter step: '99999d' is not a duration of at most 366d");
        problem(get(mem + "?agg=median"), 400, "query parameter agg: 'median' is not one of mean, max, min, sum, "
                + "last, p95");
        problem(get(mem + "?from=2026-01-01T00:00:00Z&to=2026-11-30T00:00:00Z&step=10s"), 400,
                "the range 2026-01-01T00:00:00Z to 2026-11-30T00:00:00Z is 2877120 steps of 10s; at most 10000 are "
                        + "returned at once: give a larger query parameter step (1h or more) or a shorter range "
                        + "(query parameter from, query parameter to)");
        problem(get(mem + "?window=7d"), 400, "unknown query parameter window; this endpoint accepts: agg, from, "
                + "step, to");
    }

    private static List<String> keys(HttpResponse<String> r) throws Exception {
        List<String> out = new ArrayList<>();
        JSON.readTree(r.body()).forEach(n -> out.add(n.get("key").stringValue()));
        return out;
    }

    private static List<String> values(JsonNode points) {
        List<String> out = new ArrayList<>();
        points.get("points").forEach(p -> out.add(p.get("value").isNull() ? "null" : p.get("value").toString()));
        return out;
    }

    private static String path(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L;
    }
}
