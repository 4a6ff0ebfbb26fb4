package io.capacity.collectors.delivery;

import io.capacity.schema.LineProtocolBytes;
import io.capacity.schema.Point;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Disk buffer + sender thread: {@link #offer} makes points durable and returns; the sender delivers them in the
 * background. Opening it on a directory a previous run left replays whatever that run had not delivered.
 */
public final class DeliveryPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryPipeline.class);
    private static final int FORMAT_BYTES = 64 << 10;
    private static final int MAX_KEPT_FORMAT_BYTES = 4 << 20;

    private final DiskBuffer buffer;
    private final BatchSender sender;
    private final Thread thread;
    private final DeliveryConfig config;
    private final DeliveryStats stats = new DeliveryStats();
    private final Episode appendFailures;
    private volatile boolean closed;
    private LineProtocolBytes format = new LineProtocolBytes(FORMAT_BYTES);

    private DeliveryPipeline(DiskBuffer buffer, PointSink sink, DeliveryConfig config, Clock clock,
                             RandomGenerator random) {
        this.buffer = buffer;
        this.config = config;
        this.sender = new BatchSender(buffer, sink, config, clock, random, stats);
        this.thread = new Thread(sender, "capacity-delivery");
        thread.setDaemon(true);
        String dir = "disk buffer " + buffer.directory();
        this.appendFailures = new Episode(LOG, dir + ": cannot append new points",
                "they are dropped and counted in points_dropped until it can; delivery of what is buffered goes on "
                        + "(free space on its filesystem, or set buffer.max_bytes below the space there)",
                dir + ": appending again");
    }

    /** Opens the buffer and starts delivering (including anything a previous run left pending). */
    public static DeliveryPipeline start(DiskBufferConfig bufferConfig, DeliveryConfig config, PointSink sink,
                                         Clock clock, RandomGenerator random) throws IOException {
        return start(bufferConfig, config, sink, clock, random, FileOpener.DEFAULT);
    }

    static DeliveryPipeline start(DiskBufferConfig bufferConfig, DeliveryConfig config, PointSink sink, Clock clock,
                                  RandomGenerator random, FileOpener opener) throws IOException {
        DiskBuffer buffer = DiskBuffer.open(bufferConfig, clock, opener);
        DeliveryPipeline p = new DeliveryPipeline(buffer, sink, config, clock, random);
        p.thread.start();
        return p;
    }

    /**
     * Appends points to the disk buffer; they are delivered later. A poll the buffer cannot take (a full disk) is
     * dropped whole and counted in {@link #dropped()}; the failure is logged once per episode, not thrown.
     */
    public void offer(List<Point> points) {
        if (points.isEmpty()) {
            return;
        }
        if (closed) {
            throw new IllegalStateException("delivery pipeline is closed");
        }
        // The whole poll is formatted straight to UTF-8 in one reused buffer and written in one call: no String
        // per line or per poll, no new array per poll. One buffer for all collecting threads rather than one each:
        // appends are serialised by the disk buffer anyway, and a second thread's fresh buffer (growing, a new
        // measurement) sent the JIT's compiled formatting back to the interpreter in scripts/bench-collect.sh.
        synchronized (this) {
            format.clear();
            for (Point p : points) {
                format.appendLine(p);
            }
            try {
                buffer.appendEncoded(format.array(), format.length(), format.lineCount());
                appendFailures.succeeded();
            } catch (IOException e) {
                appendFailures.failed(e, format.lineCount());
            } finally {
                if (format.capacity() > MAX_KEPT_FORMAT_BYTES) {
                    format = new LineProtocolBytes(FORMAT_BYTES);   // one huge poll must not pin its buffer
                }
            }
        }
    }

    public DeliveryStats stats() {
        return stats;
    }

    public long pendingLines() {
        return buffer.pendingLines();
    }

    public long pendingBytes() {
        return buffer.pendingBytes();
    }

    /** Points lost for any reason (the sum of {@link #dropped()}): {@code points_dropped}. */
    public long droppedLines() {
        return buffer.droppedLines();
    }

    public Dropped dropped() {
        return buffer.dropped();
    }

    /**
     * Stops the sender after at most the configured drain time; whatever is still pending stays on disk for the
     * next start.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        sender.stop(config.drainOnStop());
        try {
            thread.join(config.drainOnStop().toMillis() + 5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        buffer.close();
    }
}
