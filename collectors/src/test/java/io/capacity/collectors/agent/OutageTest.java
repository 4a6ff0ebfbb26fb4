package io.capacity.collectors.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.host.HostSampler;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.collectors.it.CountingSource;
import io.capacity.collectors.it.InfluxQuery;
import io.capacity.collectors.it.InfluxResult;
import io.capacity.collectors.it.SyntheticLoad;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.testkit.InfluxdServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test for delivery: collect at over 1,000 points/s, stop influxd, restart the agent during the
 * outage (a new Agent on the same buffer directory), bring influxd back on the same data directory, and check
 * with InfluxQL that every point arrived exactly once (count and sum of values).
 */
class OutageTest {
    private static final String DB = "outage";
    private static final List<String> HOST_MEASUREMENTS = List.of("mem", "system", "net", "diskio", "cpu");
    private static final String[] HOST_FIELD = {"total", "n_cpus", "bytes_recv", "reads", "usage_idle"};

    @TempDir
    Path dir;

    private AgentConfig config(String influxUrl, Duration drain) {
        String yaml = """
                influx: {url: "%s", database: %s, timeout: 2s}
                buffer: {dir: %s, fsync: interval}
                delivery: {batch_size: 2000, linger: 200ms, retry_initial: 100ms, retry_max: 500ms, drain_on_stop: %s}
                inventory: {site: lab, cluster: outage}
                host: {enabled: false}
                self_metrics: {interval: 1s}
                """.formatted(influxUrl, DB, dir.resolve("buffer"), drain.toMillis() + "ms");
        return AgentConfigLoader.parse(yaml, "outage.yaml", name -> null);
    }

    @Test
    void everyPointArrivesExactlyOnceAcrossAnOutageAndAnAgentRestart() throws Exception {
        AtomicLong seq = new AtomicLong();
        AtomicLong sum = new AtomicLong();
        long base = System.currentTimeMillis() * 1_000_000L;
        InventoryTags inv = new InventoryTags("lab", "outage", "r1", "agent-host", "test");
        try (InfluxdServer influxd = InfluxdServer.create().start()) {
            // 200 points every 100 ms = 2,000 points/s, plus real host samples every 500 ms.
            var hostA = new CountingSource(new HostSampler(new HostSamplerConfig(true, Duration.ofMillis(500), false, 60), inv));
            Agent a = Agent.builder(config(influxd.url(), Duration.ofMillis(300)))
                    .source(new SyntheticLoad(200, base, seq, sum), Duration.ofMillis(100))
                    .source(hostA, Duration.ofMillis(500)).build();
            a.start();
            Thread.sleep(3000);
            influxd.stop();                           // outage begins
            long atOutage = seq.get();
            Thread.sleep(3000);
            a.stop();                                 // agent restarts during the outage
            long bufferedAtRestart = a.metrics().pipeline().pendingLines();

            var hostB = new CountingSource(new HostSampler(new HostSamplerConfig(true, Duration.ofMillis(500), false, 60), inv));
            Agent b = Agent.builder(config(influxd.url(), Duration.ofSeconds(60)))
                    .source(new SyntheticLoad(200, base, seq, sum), Duration.ofMillis(100))
                    .source(hostB, Duration.ofMillis(500)).build();
            long t0 = System.nanoTime();
            b.start();
            Thread.sleep(3000);
            influxd.start();                          // same data dir: the outage ends
            Thread.sleep(3000);
            b.stop();                                 // drains everything now that influxd is back
            double seconds = (System.nanoTime() - t0) / 1e9 + 6.3;
            long generated = seq.get();

            System.out.printf("outage test: %d synthetic points (%.0f/s), %d at outage start, %d buffered at "
                            + "restart, write errors A=%d B=%d, dropped %d%n", generated, generated / seconds,
                    atOutage, bufferedAtRestart, a.metrics().pipeline().stats().writeErrors(),
                    b.metrics().pipeline().stats().writeErrors(), b.metrics().pipeline().droppedLines());
            assertTrue(generated / seconds > 1000, "load above 1,000 points/s");
            assertTrue(bufferedAtRestart > 1000, "the restart really happened with data pending: " + bufferedAtRestart);
            assertEquals(0, b.metrics().pipeline().pendingLines(), "B drained its buffer");
            assertEquals(0, b.metrics().pipeline().droppedLines());

            String r = InfluxQuery.run(influxd.url(), DB, "SELECT count(v), sum(v) FROM " + SyntheticLoad.MEASUREMENT);
            assertEquals(generated, (long) InfluxResult.first(r, 1), "count: " + r);
            assertEquals(sum.get(), (long) InfluxResult.first(r, 2), "sum checksum: " + r);
            for (int i = 0; i < HOST_MEASUREMENTS.size(); i++) {
                String m = HOST_MEASUREMENTS.get(i);
                long expected = hostA.count(m) + hostB.count(m);
                String q = InfluxQuery.run(influxd.url(), DB, "SELECT count(" + HOST_FIELD[i] + ") FROM " + m + " WHERE cluster = 'outage'");
                double got = InfluxResult.first(q, 1);
                assertEquals(expected, expected == 0 && Double.isNaN(got) ? 0 : (long) got, m + ": " + q);
            }
            assertTrue(InfluxResult.first(InfluxQuery.run(influxd.url(), DB, "SELECT count(points_collected) FROM capacity_agent"), 1) > 0);
        }
    }
}
