package io.capacity.collectors.agent;

import io.capacity.collectors.delivery.DeliveryPipeline;
import io.capacity.collectors.metrics.TargetStats;
import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one source. Never throws: an exception escaping a scheduled task would silently cancel all its
 * future runs, which is exactly the "one bad target stops collecting" failure the agent must not have. A poll
 * past its deadline is interrupted by {@link #cutOff}, only while it is inside the source (never while it
 * appends to the buffer, whose file an interrupt would close).
 */
final class CollectRun implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(CollectRun.class);
    private static final int LOG_EVERY = 60;

    private final Source source;
    private final DeliveryPipeline pipeline;
    private final TargetStats stats;
    private final Clock clock;
    private volatile int consecutiveFailures;   // one poll at a time; read by the scheduler
    private Thread collecting;
    private long poll;
    private boolean cut;

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

    String name() {
        return source.name();
    }

    /** True while the last poll failed. */
    boolean failing() {
        return consecutiveFailures > 0;
    }

    /** The number of the poll that starts next; {@link #cutOff} names a poll by it. */
    synchronized long nextPoll() {
        return poll + 1;
    }

    /** Interrupts poll number {@code number} if it is still inside the source. */
    synchronized void cutOff(long number) {
        if (collecting != null && poll == number) {
            cut = true;
            collecting.interrupt();
        }
    }

    @Override
    public void run() {
        long t0 = System.nanoTime();
        List<Point> points;
        try {
            enter();
            try {
                points = source.collect(epochNanos(clock));
            } finally {
                leave();
            }
        } catch (Exception | LinkageError e) {
            failed(t0, e);
            return;
        }
        if (wasCut()) {
            failed(t0, null);
            return;
        }
        pipeline.offer(points);
        stats.recordSuccess(points.size(), System.nanoTime() - t0);
        if (consecutiveFailures > 0) {
            LOG.info("{}: collecting again after {} failed polls", source.name(), consecutiveFailures);
        }
        consecutiveFailures = 0;
    }

    private synchronized void enter() {
        poll++;
        cut = false;
        collecting = Thread.currentThread();
    }

    private synchronized void leave() {
        collecting = null;
        Thread.interrupted();   // a cut-off that came as the source returned must not reach the buffer's file
    }

    private synchronized boolean wasCut() {
        return cut;
    }

    // The first failure in a row is always logged, then every 60th, so a dead target cannot flood the log.
    private void failed(long t0, Throwable e) {
        long took = System.nanoTime() - t0;
        stats.recordError(took);
        if (consecutiveFailures++ % LOG_EVERY == 0) {
            String why = wasCut() ? "no answer within its deadline; cut off after "
                    + Duration.ofNanos(took).toMillis() + " ms"
                    : e.getMessage() != null ? e.getMessage() : e.toString();
            LOG.warn("{}: poll failed ({} in a row; logged again every {} in a row): {}", source.name(),
                    consecutiveFailures, LOG_EVERY, why);
        }
    }
}
