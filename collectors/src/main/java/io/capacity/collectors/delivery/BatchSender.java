package io.capacity.collectors.delivery;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that moves batches from the disk buffer to the sink: wait for a full batch or the linger time,
 * write, retry with backoff until it succeeds (or is refused for good), then acknowledge. Order is preserved
 * because only one batch is in flight.
 */
final class BatchSender implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);

    private final DiskBuffer buffer;
    private final PointSink sink;
    private final DeliveryConfig config;
    private final Clock clock;
    private final RandomGenerator random;
    private final DeliveryStats stats;
    private volatile boolean running = true;
    private volatile long drainDeadlineMillis = Long.MAX_VALUE;

    BatchSender(DiskBuffer buffer, PointSink sink, DeliveryConfig config, Clock clock, RandomGenerator random,
                DeliveryStats stats) {
        this.buffer = buffer;
        this.sink = sink;
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.stats = stats;
    }

    /** Asks the loop to finish: it keeps delivering until nothing is pending or the drain time is up. */
    void stop(Duration drain) {
        drainDeadlineMillis = clock.millis() + drain.toMillis();
        running = false;
        buffer.wakeUp();
    }

    @Override
    public void run() {
        try {
            while (true) {
                long pending = running ? waitForBatch() : buffer.pendingLines();
                if (!running && (pending == 0 || clock.millis() >= drainDeadlineMillis)) {
                    return;
                }
                Batch batch = buffer.read(config.batchSize(), config.maxBatchBytes());
                if (!batch.isEmpty() && deliver(batch)) {
                    buffer.ack(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("disk buffer failed; delivery stopped, data stays on disk for the next start", e);
        }
    }

    private long waitForBatch() throws InterruptedException {
        long pending = buffer.awaitPending(1, TimeUnit.MILLISECONDS.toNanos(200));
        if (pending > 0 && pending < config.batchSize() && running) {
            pending = buffer.awaitPending(config.batchSize(), config.linger().toNanos());
        }
        return pending;
    }

    // True when the batch may be acknowledged (stored or refused for good); false when stopping mid-outage.
    private boolean deliver(Batch batch) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                sink.writeLineProtocol(batch.text(), batch.length(), batch.lineCount());
                stats.written.add(batch.lineCount());
                stats.batches.increment();
                return true;
            } catch (SinkException e) {
                if (!e.retryable()) {
                    LOG.error("sink refused {} lines for good, skipping them: {}", batch.lineCount(),
                            e.getMessage());
                    stats.rejected.add(batch.lineCount());
                    return true;
                }
                stats.writeErrors.increment();
                Duration wait = config.backoff().delay(attempt, random);
                LOG.warn("write of {} lines failed (attempt {}), retrying in {} ms: {}", batch.lineCount(),
                        attempt + 1, wait.toMillis(), e.getMessage());
                if (!sleep(wait)) {
                    return false;
                }
            } catch (RuntimeException e) {
                stats.writeErrors.increment();
                LOG.error("sink failed unexpectedly; retrying", e);
                if (!sleep(config.backoff().delay(attempt, random))) {
                    return false;
                }
            }
        }
    }

    // Sleeps in short steps so stop() is honoured promptly; false when the sender should give up now.
    private boolean sleep(Duration d) throws InterruptedException {
        long until = clock.millis() + d.toMillis();
        while (clock.millis() < until) {
            if (!running && clock.millis() >= drainDeadlineMillis) {
                return false;
            }
            Thread.sleep(Math.max(1, Math.min(50, until - clock.millis())));
        }
        return running || clock.millis() < drainDeadlineMillis;
    }
}
