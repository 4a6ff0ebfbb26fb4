package io.capacity.collectors.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.collectors.it.CountingSource;
import io.capacity.collectors.it.MemorySink;
import io.capacity.collectors.it.SyntheticLoad;
import io.capacity.collectors.power.redfish.RedfishAuth;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.source.InventoryTags;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More hung Redfish targets than the agent ever had threads (20 against the old pool of 16), each connecting to a
 * port that accepts and never answers: this host's sampler keeps its cadence, and so does a healthy remote source,
 * while every hung poll is cut off at its deadline.
 */
class HungTargetsTest {
    private static final int TARPITS = 20;
    private static final Duration HOST_INTERVAL = Duration.ofMillis(250);
    private static final long RUN_MILLIS = 4000;

    @TempDir
    Path dir;

    @Test
    void hungTargetsDelayNeitherTheHostNorOtherTargets() throws Exception {
        try (Tarpit tarpit = new Tarpit()) {
            List<RedfishTarget> hung = new ArrayList<>();
            for (int i = 0; i < TARPITS; i++) {
                hung.add(new RedfishTarget("bmc-hung-" + i, URI.create("https://127.0.0.1:" + tarpit.port()), "u",
                        "p", RedfishAuth.BASIC, null, true, Duration.ofMillis(800), Duration.ofSeconds(1),
                        InventoryTags.EMPTY));
            }
            AgentConfig config = new AgentConfig(null, DiskBufferConfig.of(dir.resolve("buf")),
                    DeliveryConfig.defaults(), new InventoryTags("lab", "c0", null, "h", null),
                    new HostSamplerConfig(true, HOST_INTERVAL, false, 60), Duration.ofSeconds(10), null, hung,
                    List.of(), List.of());
            MemorySink sink = new MemorySink();
            var healthy = new CountingSource(new SyntheticLoad(1, 0, new AtomicLong(), new AtomicLong()));
            try (Agent agent = Agent.builder(config).sink(sink).source(healthy, HOST_INTERVAL).build()) {
                agent.start();
                Thread.sleep(RUN_MILLIS);
                long expected = RUN_MILLIS / HOST_INTERVAL.toMillis();
                long hostPolls = agent.metrics().target("host").successes();
                long healthyPolls = healthy.count(SyntheticLoad.MEASUREMENT);
                long hungErrors = agent.metrics().targets().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("bmc-hung-")).mapToLong(e -> e.getValue().errors()).sum();
                System.out.printf("hung targets: %d host polls, %d healthy-source polls of %d due; %d hung polls cut"
                        + " off; %d connections held%n", hostPolls, healthyPolls, expected, hungErrors,
                        tarpit.connections());
                assertTrue(tarpit.connections() >= TARPITS, "every hung target really connected");
                assertTrue(hostPolls >= expected - 3, "host cadence kept: " + hostPolls + " of " + expected);
                assertTrue(healthyPolls >= expected - 3, "healthy target cadence kept: " + healthyPolls);
                assertTrue(hungErrors >= TARPITS * 2, "hung polls cut off at 90 % of their 1 s interval: " + hungErrors);
            }
        }
    }
}
