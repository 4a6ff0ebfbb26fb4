package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.it.InfluxQuery;
import io.capacity.collectors.it.InfluxResult;
import io.capacity.schema.Point;
import io.capacity.testkit.InfluxdServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buffer's filesystem fills up for real while InfluxDB is down (a 256 KiB tmpfs when the test runs as root,
 * as CI does; otherwise a channel that refuses writes past the same size): no append leaves a torn line, points
 * that cannot be buffered are counted as dropped, and once influxd returns delivery resumes on its own, although
 * the first cursor saves hit the full disk too. InfluxDB then holds exactly the points that were buffered.
 */
class FullDiskTest {
    private static final String DB = "fulldisk";
    private static final int POLL = 50;

    @TempDir
    Path dir;

    private static List<Point> poll(long first) {
        List<Point> out = new ArrayList<>(POLL);
        for (long i = first; i < first + POLL; i++) {
            out.add(Point.ofInteger("fill", Map.of("s", "a"), "v", i, 1_700_000_000_000_000_000L + i));
        }
        return out;
    }

    private static void await(String what, long seconds, BooleanSupplier cond) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!cond.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(cond.getAsBoolean(), what + " within " + seconds + " s");
    }

    @Test
    void deliveryOutlivesAFullDiskAndCountsWhatItCouldNotBuffer() throws Exception {
        try (SmallFilesystem fs = SmallFilesystem.create(dir.resolve("fs"), 256 << 10);
             InfluxdServer influxd = InfluxdServer.create().start()) {
            var sink = new InfluxLineProtocolSink(new InfluxEndpoint(URI.create(influxd.url()), DB, null, null, null,
                    null, Duration.ofSeconds(2), true));
            influxd.stop();   // outage: the backlog grows until the filesystem is full
            var buffer = new DiskBufferConfig(fs.dir().resolve("buffer"), 64L << 20, 16 << 10, FsyncPolicy.INTERVAL,
                    Duration.ofSeconds(1));
            var delivery = new DeliveryConfig(500, Duration.ofMillis(50),
                    new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), 2), Duration.ofSeconds(5));
            long offered = 0;
            long bufferedSum = 0;
            long bufferedCount = 0;
            try (DeliveryPipeline p = fs.start(buffer, delivery, sink, Clock.systemUTC(), new Random(7))) {
                int fullPolls = 0;
                while (fullPolls < 20) {
                    long droppedBefore = p.droppedLines();
                    boolean buffered;
                    try {
                        p.offer(poll(offered));
                        buffered = p.droppedLines() == droppedBefore;
                    } catch (UncheckedIOException e) {
                        buffered = false;   // how a full disk was reported before: the poll lost, counted nowhere
                    }
                    if (!buffered) {
                        fullPolls++;
                    } else {
                        bufferedCount += POLL;
                        bufferedSum += POLL * offered + POLL * (POLL - 1) / 2;
                    }
                    offered += POLL;
                }
                assertTrue(bufferedCount > 1000, "the disk filled after " + bufferedCount + " points");
                fs.assertNoTornLine();
                assertEquals(fs.bytesUsed("buffer"), p.pendingBytes(), "the buffer's view equals the files");
                assertEquals(bufferedCount, p.pendingLines());
                long unbuffered = offered - bufferedCount;
                long dropped = p.droppedLines();
                fs.fillUp();       // no slack left: the cursor saves fail too once delivery starts

                influxd.start();   // space is freed only by delivery itself
                await("delivery of the backlog", 30, () -> p.pendingLines() == 0);
                assertEquals(unbuffered, dropped, "every point that could not be buffered is counted as dropped");
                for (int i = 0; i < 10; i++) {   // and new polls are buffered and delivered again
                    long droppedBefore = p.droppedLines();
                    p.offer(poll(offered));
                    assertEquals(droppedBefore, p.droppedLines(), "space came back: nothing dropped");
                    bufferedCount += POLL;
                    bufferedSum += POLL * offered + POLL * (POLL - 1) / 2;
                    offered += POLL;
                }
                await("delivery of the new polls", 30, () -> p.pendingLines() == 0);
                assertEquals(bufferedCount, p.stats().written());
                assertEquals(offered, p.stats().written() + p.droppedLines(), "written + dropped = offered");
            }
            String r = InfluxQuery.run(influxd.url(), DB, "SELECT count(v), sum(v) FROM fill");
            assertEquals(bufferedCount, (long) InfluxResult.first(r, 1), r);
            assertEquals(bufferedSum, (long) InfluxResult.first(r, 2), r);
        }
    }
}
