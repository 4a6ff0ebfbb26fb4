package io.capacity.collectors.agent;

import io.capacity.collectors.delivery.DeliveryPipeline;
import io.capacity.collectors.metrics.TargetStats;
import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one source. Never throws: an exception escaping a scheduled task would silently cancel all its
 * future runs, which is exactly the "one bad target stops collecting" failure the agent must not have.
 */
final class CollectRun implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(CollectRun.class);

    private final Source source;
    private final DeliveryPipeline pipeline;
    private final TargetStats stats;
    private final Clock clock;
    private int consecutiveFailures;

    CollectRun(Source source, DeliveryPipeline pipeline, TargetStats stats, Clock clock) {
        this.source = source;
        this.pipeline = pipeline;
        this.stats = stats;
        this.clock = clock;
    }

    static long epochNanos(Clock clock) {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public void run() {
        long t0 = System.nanoTime();
        try {
            List<Point> points = source.collect(epochNanos(clock));
            pipeline.offer(points);
            stats.recordSuccess(points.size(), System.nanoTime() - t0);
            if (consecutiveFailures > 0) {
                LOG.info("{}: collecting again after {} failed polls", source.name(), consecutiveFailures);
            }
            consecutiveFailures = 0;
        } catch (Exception | LinkageError e) {
            stats.recordError(System.nanoTime() - t0);
            // Log the first failure in full, then once per 60 to keep a dead target from flooding the log.
            if (consecutiveFailures++ % 60 == 0) {
                LOG.warn("{}: poll failed ({} in a row): {}", source.name(), consecutiveFailures, e.toString());
            }
        }
    }
}
