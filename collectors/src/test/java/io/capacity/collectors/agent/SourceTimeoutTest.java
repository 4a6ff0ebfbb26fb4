package io.capacity.collectors.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.collectors.it.MemorySink;
import io.capacity.collectors.it.SyntheticLoad;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extra source whose polls take longer than its interval: cut off at 90 % of the interval by default, never
 * before the timeout it was added with (as the collect benchmark's load source, polled every millisecond).
 */
class SourceTimeoutTest {
    private static final Duration INTERVAL = Duration.ofMillis(10);
    private static final long POLL_MILLIS = 30;

    @TempDir
    Path dir;

    @Test
    void aSourceAddedWithATimeoutIsNotCutOffAtItsInterval() throws Exception {
        Polls cut = run("cut", null);
        Polls kept = run("kept", Duration.ofSeconds(5));
        assertTrue(cut.errors() >= 3, "polls of 30 ms cut off at 9 ms: " + cut.errors() + " errors");
        assertEquals(0, kept.errors(), "polls within the 5 s timeout are not cut off");
        assertTrue(kept.successes() >= 3, "slow polls completed: " + kept.successes());
    }

    private record Polls(long successes, long errors) {
    }

    private Polls run(String name, Duration timeout) throws Exception {
        AgentConfig config = new AgentConfig(null, DiskBufferConfig.of(dir.resolve(name)), DeliveryConfig.defaults(),
                InventoryTags.EMPTY, new HostSamplerConfig(false, HostSamplerConfig.DEFAULT_INTERVAL, false,
                HostSamplerConfig.DEFAULT_REDISCOVER_EVERY), Duration.ofHours(1), null, List.of(), List.of(),
                List.of());
        Source slow = new Slow(new SyntheticLoad(10, 0, new AtomicLong(), new AtomicLong()));
        AgentBuilder builder = Agent.builder(config).sink(new MemorySink());
        builder = timeout == null ? builder.source(slow, INTERVAL) : builder.source(slow, INTERVAL, timeout);
        try (Agent agent = builder.build()) {
            agent.start();
            Thread.sleep(500);
            var stats = agent.metrics().target(slow.name());
            return new Polls(stats.successes(), stats.errors());
        }
    }

    /** Answers after {@link #POLL_MILLIS}, as a slow target does. */
    private record Slow(SyntheticLoad load) implements Source {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public List<Point> collect(long timeNanos) throws Exception {
            Thread.sleep(POLL_MILLIS);
            return load.collect(timeNanos);
        }
    }
}
