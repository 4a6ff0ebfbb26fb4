package io.capacity.collectors.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DeliveryPipeline;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.it.MemorySink;
import io.capacity.collectors.metrics.TargetStats;
import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller's ticks driven by hand (each {@code tick()} is the timer's call at an interval), against a real pool,
 * timer and disk-buffered pipeline: a poll slower than its interval but within its deadline is followed at once by
 * the next one on the same thread, as a fixed-rate schedule runs a late task; a failed or hung target is not; every
 * poll that returns takes its cut-off out of the timer.
 */
class RemotePollerTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    private DeliveryPipeline pipeline;
    private ExecutorService workers;
    private ScheduledThreadPoolExecutor timer;
    private final TargetStats stats = new TargetStats();

    @BeforeEach
    void start() throws Exception {
        pipeline = DeliveryPipeline.start(DiskBufferConfig.of(dir), DeliveryConfig.defaults(), new MemorySink(),
                Clock.systemUTC(), new Random(1));
        workers = Executors.newCachedThreadPool();
        timer = new ScheduledThreadPoolExecutor(1);
        timer.setRemoveOnCancelPolicy(true);
    }

    @AfterEach
    void stop() throws Exception {
        timer.shutdownNow();
        workers.shutdownNow();
        pipeline.close();
    }

    @Test
    void aLatePollIsFollowedAtOnceByTheNextOnTheSameThread() throws Exception {
        Gated source = new Gated(false);
        RemotePoller poller = poller(source, DEADLINE);
        poller.run();                                    // tick: the first poll starts
        Thread first = source.entered.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        poller.run();                                    // the next tick finds it still polling: late
        poller.run();                                    // and one more: still one poll to catch up, not two
        source.release();
        Thread second = source.entered.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(first, second, "the late poll ran right after the first, on its worker");
        source.release();
        awaitIdle(poller);
        assertEquals(2, stats.successes(), "two polls: the first and one to catch up");
        assertEquals(0, timer.getQueue().size(), "both cut-offs left the timer when their polls returned");
        poller.run();                                    // idle again: a tick starts a poll as before
        assertTrue(source.entered.poll(WAIT_SECONDS, TimeUnit.SECONDS) != null, "the next tick polls");
        source.release();
        awaitIdle(poller);
        assertEquals(3, stats.successes());
    }

    @Test
    void aFailedPollWaitsForTheNextTick() throws Exception {
        Gated source = new Gated(true);
        RemotePoller poller = poller(source, DEADLINE);
        poller.run();
        source.entered.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        poller.run();                                    // a tick while the failing poll runs
        source.release();
        awaitIdle(poller);
        assertEquals(null, source.entered.poll(200, TimeUnit.MILLISECONDS), "no poll until the next tick");
        assertEquals(1, stats.errors());
        assertEquals(0, timer.getQueue().size());
    }

    @Test
    void aPollPastItsDeadlineIsCutOffAndNotCaughtUp() throws Exception {
        CountDownLatch returned = new CountDownLatch(1);
        AtomicInteger polls = new AtomicInteger();
        Source hung = new Source() {
            @Override
            public String name() {
                return "hung";
            }

            @Override
            public List<Point> collect(long timeNanos) throws Exception {
                polls.incrementAndGet();
                try {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(WAIT_SECONDS * 6));
                    return List.of();
                } finally {
                    returned.countDown();
                }
            }
        };
        RemotePoller poller = poller(hung, Duration.ofMillis(50));
        poller.run();
        Thread.sleep(20);
        poller.run();                                    // within the deadline: late
        assertTrue(returned.await(WAIT_SECONDS, TimeUnit.SECONDS), "interrupted at its 50 ms deadline");
        awaitIdle(poller);
        assertEquals(1, stats.errors(), "counted as failed");
        assertEquals(0, stats.successes());
        Thread.sleep(200);
        assertEquals(1, polls.get(), "a cut-off poll is not caught up: the next tick polls again");
        assertEquals(0, timer.getQueue().size());
    }

    private RemotePoller poller(Source source, Duration deadline) {
        return new RemotePoller(new CollectRun(source, pipeline, stats, Clock.systemUTC()), workers, timer, deadline);
    }

    // Polls are counted when they return, just before the poller goes idle.
    private void awaitIdle(RemotePoller poller) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!poller.idle() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertTrue(poller.idle(), "poller idle again");
    }

    /** Each poll reports its thread and waits for the test to release it; then answers or fails. */
    private static final class Gated implements Source {
        final BlockingQueue<Thread> entered = new LinkedBlockingQueue<>();
        private final BlockingQueue<Boolean> gate = new LinkedBlockingQueue<>();
        private final boolean fail;

        Gated(boolean fail) {
            this.fail = fail;
        }

        void release() {
            gate.add(true);
        }

        @Override
        public String name() {
            return "gated";
        }

        @Override
        public List<Point> collect(long timeNanos) throws Exception {
            entered.add(Thread.currentThread());
            gate.take();
            if (fail) {
                throw new IllegalStateException("target refused");
            }
            return List.of();
        }
    }
}
