package io.capacity.service.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.demo.DemoFleet;
import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.service.DemoOptions;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.service.cli.CliRun;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --demo} end to end on the embedded store: history and live points labelled simulated, the demo in
 * {@code /actuator/info}, a restart that adds no series and rewrites no history, and a plan from its inventory.
 */
class ServeDemoTest {
    static final int HOSTS = DemoFleet.DEFAULT_HOSTS;

    @TempDir
    Path dir;

    static AgentConfig agentWithoutHost(Path dir) {
        return new AgentConfig(null, DiskBufferConfig.of(dir.resolve("buffer")),
                new DeliveryConfig(100, Duration.ofMillis(200), DeliveryConfig.defaults().backoff(),
                        DeliveryConfig.DEFAULT_DRAIN),
                null, new HostSamplerConfig(false, Duration.ofSeconds(10), false, 60),
                AgentConfig.DEFAULT_SELF_METRICS_INTERVAL, null, null, null, null);
    }

    @Test
    void servesTheSimulatedFleetAndARestartKeepsItsHistory() throws Exception {
        DemoOptions demo = new DemoOptions(HOSTS, 9);
        int series;
        SeriesData history;
        SeriesKey idle;
        Instant started = Instant.now();
        try (RunningService s = RunningService.start(StoreConfig.embedded(dir), agentWithoutHost(dir),
                ServeSettings.of(0, "127.0.0.1").withDemo(demo))) {
            assertEquals(HOSTS, s.demo().fleet().hosts());
            String info = get(s, "/actuator/info");
            assertTrue(info.contains("\"demo\":{\"simulated\":true,\"label\":\"origin=demo\",\"hosts\":24"), info);
            idle = s.store().series(new SeriesFilter("cpu", "usage_idle", null)).get(0);
            SeriesData live = waitForLivePoint(s, idle, s.demo().backfill().to().plusNanos(1));
            assertTrue(live.size() >= 1);
            // Every series but the agent's own health (capacity_agent) is the simulated fleet's.
            List<SeriesKey> keys = s.store().series(SeriesFilter.all()).stream()
                    .filter(k -> !k.measurement().equals(MetricSchema.AGENT.name())).toList();
            assertTrue(keys.stream().allMatch(k -> "demo".equals(k.tags().get(MetricSchema.TAG_ORIGIN))), keys.toString());
            series = keys.size();
            assertEquals(HOSTS * (10 + 6 + 9 + 2 + 1), series,
                    "cpu, mem, net (its link speed too), ipmi_sensor and bmc_power_state fields per host");
            history = s.store().read(SeriesQuery.raw(idle, s.demo().fleet().historyStart(), started));
            assertTrue(history.size() >= 28 * 96, "history " + history.size());
        }
        try (RunningService s = RunningService.start(StoreConfig.embedded(dir), null,
                ServeSettings.of(0, "127.0.0.1").withDemo(demo))) {
            assertTrue(s.demo().backfill().steps() <= 2, "steps " + s.demo().backfill().steps());
            assertEquals(series, s.store().series(SeriesFilter.all()).stream()
                    .filter(k -> !k.measurement().equals(MetricSchema.AGENT.name())).count());
            SeriesData again = s.store().read(SeriesQuery.raw(idle, s.demo().fleet().historyStart(), started));
            assertArrayEquals(history.timesNanos(), again.timesNanos());
            assertArrayEquals(history.values(), again.values());
        }
        Path plan = dir.resolve("plan.json");
        CliRun r = CliRun.of("plan", "--inventory", dir.resolve("demo-inventory.yaml").toString(), "--from-store",
                "--data-dir", dir.toString(), "-o", plan.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("cluster demo-nightly: forecast") && r.out().contains("power_down:"), r.out());
        assertTrue(r.out().contains("buy: order"), r.out());
        assertTrue(!r.out().contains("  hold:") && !r.out().contains("no_buy_bad_forecast"), r.out());
        assertTrue(Files.size(plan) > 0);
    }

    @Test
    void theDemoIsRefusedOnInfluxDbAndItsFlagsWithoutIt() {
        CliRun influx = CliRun.of("serve", "--demo", "--influx-url", "http://127.0.0.1:9", "--port", "0");
        assertEquals(2, influx.exitCode());
        assertEquals("capacity serve: error: --demo writes simulated points and runs on the embedded store only, so "
                + "they never land in a real InfluxDB: drop --influx-url (and unset CAPACITY_INFLUX_URL)",
                influx.err().strip());
        CliRun alone = CliRun.of("serve", "--demo-hosts", "10", "--data-dir", dir.toString(), "--port", "0");
        assertEquals(2, alone.exitCode());
        assertTrue(alone.err().contains("--demo-hosts and --demo-seed set up the simulated fleet: add --demo"),
                alone.err());
        CliRun few = CliRun.of("serve", "--demo", "--demo-hosts", "2", "--data-dir", dir.toString(), "--port", "0");
        assertEquals(2, few.exitCode());
        assertTrue(few.err().contains("--demo-hosts 2: expected " + DemoFleet.MIN_HOSTS + " to"), few.err());
    }

    private static SeriesData waitForLivePoint(RunningService s, SeriesKey key, Instant after) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            SeriesData d = s.store().read(SeriesQuery.raw(key, after, Instant.now().plusSeconds(1)));
            if (d.size() > 0) {
                return d;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no live demo point within 30 s of start");
    }

    private static String get(RunningService s, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
