package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.it.MemorySink;
import io.capacity.schema.Point;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryPipelineTest {
    @TempDir
    Path dir;

    private static List<Point> points(int from, int to) {
        List<Point> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(Point.of("synthetic", java.util.Map.of("s", "a"), "v", i, i));
        }
        return out;
    }

    private DeliveryPipeline start(MemorySink sink, int batch) throws Exception {
        DeliveryConfig dc = new DeliveryConfig(batch, Duration.ofMillis(50),
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(40), 2), Duration.ofSeconds(5));
        return DeliveryPipeline.start(DiskBufferConfig.of(dir), dc, sink, Clock.systemUTC(), new Random(3));
    }

    private static void await(java.util.function.BooleanSupplier cond) throws InterruptedException {
        for (int i = 0; i < 200 && !cond.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertTrue(cond.getAsBoolean(), "condition not reached in 5 s");
    }

    @Test
    void retriesThroughFailuresAndDeliversEverythingInOrderInBoundedBatches() throws Exception {
        MemorySink sink = new MemorySink();
        sink.failuresLeft.set(5);
        try (DeliveryPipeline p = start(sink, 100)) {
            for (int i = 0; i < 1000; i += 50) {
                p.offer(points(i, i + 50));
            }
            await(() -> sink.stored.size() == 1000);
            assertEquals(points(0, 1000), sink.stored);
            assertTrue(sink.batchSizes.stream().allMatch(n -> n <= 100), sink.batchSizes::toString);
            assertEquals(5, p.stats().writeErrors());
            assertEquals(1000, p.stats().written());
            assertEquals(0, p.pendingLines());
        }
    }

    @Test
    void lingerSendsAPartialBatch() throws Exception {
        MemorySink sink = new MemorySink();
        try (DeliveryPipeline p = start(sink, 10_000)) {
            p.offer(points(0, 3));
            await(() -> sink.stored.size() == 3);
        }
    }

    @Test
    void permanentlyRefusedBatchIsCountedAndSkipped() throws Exception {
        MemorySink sink = new MemorySink();
        sink.refuseForGood = true;
        try (DeliveryPipeline p = start(sink, 100)) {
            p.offer(points(0, 10));
            await(() -> p.stats().rejected() == 10);
            sink.refuseForGood = false;
            p.offer(points(10, 20));
            await(() -> sink.stored.size() == 10);
            assertEquals(points(10, 20), sink.stored);
        }
    }

    @Test
    void pointsLeftDuringAnOutageAreDeliveredByTheNextPipeline() throws Exception {
        MemorySink down = new MemorySink();
        down.failuresLeft.set(Integer.MAX_VALUE);
        DeliveryConfig quick = new DeliveryConfig(100, Duration.ofMillis(20),
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(20), 2), Duration.ofMillis(100));
        try (DeliveryPipeline p = DeliveryPipeline.start(DiskBufferConfig.of(dir), quick, down, Clock.systemUTC(),
                new Random(1))) {
            p.offer(points(0, 500));
            Thread.sleep(200);
        }
        assertTrue(down.stored.isEmpty());
        MemorySink up = new MemorySink();
        try (DeliveryPipeline p = start(up, 100)) {
            p.offer(points(500, 600));
            await(() -> up.stored.size() == 600);
            assertEquals(points(0, 600), up.stored);
        }
    }
}
