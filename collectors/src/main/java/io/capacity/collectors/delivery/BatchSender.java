package io.capacity.collectors.delivery;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that moves batches from the disk buffer to the sink: wait for a full batch or the linger time,
 * write, retry with backoff until it succeeds (or is refused for good), then acknowledge. Order is preserved
 * because only one batch is in flight; the write itself runs on a helper thread so that this one can read the
 * next batch and acknowledge the last meanwhile. No error ends it: a failed read of the buffer is retried with the
 * same backoff (logged once per episode) and only {@link #stop} does.
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
    private final ReadBuffers buffers = new ReadBuffers();
    private final Episode readFailures;
    private int readAttempt;

    BatchSender(DiskBuffer buffer, PointSink sink, DeliveryConfig config, Clock clock, RandomGenerator random,
                DeliveryStats stats) {
        this.buffer = buffer;
        this.sink = sink;
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.stats = stats;
        this.readFailures = new Episode(LOG, "disk buffer " + buffer.directory() + ": cannot read pending points",
                "delivery retries with backoff", "disk buffer " + buffer.directory() + ": reading again");
    }

    /** Asks the loop to finish: it keeps delivering until nothing is pending or the drain time is up. */
    void stop(Duration drain) {
        drainDeadlineMillis = clock.millis() + drain.toMillis();
        running = false;
        buffer.wakeUp();
    }

    @Override
    public void run() {
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "capacity-delivery-write");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    deliverAll(writer);
                    return;
                } catch (RuntimeException e) {
                    // A fault of our own must not end delivery either; what is pending stays in the buffer.
                    LOG.error("delivery failed unexpectedly; retrying", e);
                    if (!sleep(config.backoff().delay(attempt, random))) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writer.shutdown();
        }
    }

    // While the sink writes one batch (on the writer thread) this thread reads the next one and then acknowledges
    // the last: disk reads and cursor work no longer sit between two requests. Still one write in flight, in order.
    private void deliverAll(ExecutorService writer) throws InterruptedException {
        Batch current = null;
        Future<?> write = null;
        while (true) {
            if (current == null) {
                long pending = running ? waitForBatch() : buffer.pendingLines();
                if (!running && (pending == 0 || clock.millis() >= drainDeadlineMillis)) {
                    return;
                }
                current = readFirst();
                if (current.isEmpty()) {
                    current = null;
                    continue;
                }
                write = writer.submit(writeTask(current));
            }
            Batch next = readAhead(current);
            if (!deliver(current, write)) {
                return;
            }
            boolean goOn = next != null && (running || clock.millis() < drainDeadlineMillis);
            write = goOn ? writer.submit(writeTask(next)) : null;
            buffer.ack(current);
            if (goOn) {
                buffers.swap();
            }
            current = goOn ? next : null;
        }
    }

    private Callable<Void> writeTask(Batch batch) {
        return () -> {
            sink.writeLineProtocol(batch.text(), batch.lineCount());
            return null;
        };
    }

    // Nothing is in flight here, so a failed read only waits a backoff step and reports an empty batch.
    private Batch readFirst() throws InterruptedException {
        try {
            Batch b = buffer.read(config.batchSize(), config.maxBatchBytes(), buffers.current());
            buffers.keepCurrent(b);
            readFailures.succeeded();
            readAttempt = 0;
            return b;
        } catch (IOException e) {
            readFailures.failed(e, 0);
            sleep(config.backoff().delay(readAttempt++, random));
            return Batch.empty(0);
        }
    }

    // Reads ahead only a full batch (or, when stopping, whatever is left): a short batch waits for the linger time,
    // as it would have without reading ahead. A failed read-ahead is left to the next readFirst.
    private Batch readAhead(Batch current) {
        if (running && buffer.pendingLines() - current.lineCount() < config.batchSize()) {
            return null;
        }
        try {
            Batch next = buffer.readAfter(current, config.batchSize(), config.maxBatchBytes(), buffers.spare());
            buffers.keepSpare(next);
            return next.isEmpty() ? null : next;
        } catch (IOException e) {
            readFailures.failed(e, 0);
            return null;
        }
    }

    private long waitForBatch() throws InterruptedException {
        long pending = buffer.awaitPending(1, TimeUnit.MILLISECONDS.toNanos(200));
        if (pending > 0 && pending < config.batchSize() && running) {
            pending = buffer.awaitPending(config.batchSize(), config.linger().toNanos());
        }
        return pending;
    }

    // True when the batch may be acknowledged (stored or refused for good); false when stopping mid-outage. The
    // first attempt is the write already under way; retries run on this thread.
    private boolean deliver(Batch batch, Future<?> firstAttempt) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                if (attempt == 0) {
                    awaitWrite(firstAttempt);
                } else {
                    sink.writeLineProtocol(batch.text(), batch.lineCount());
                }
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

    private static void awaitWrite(Future<?> write) throws SinkException, InterruptedException {
        try {
            write.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SinkException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
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
