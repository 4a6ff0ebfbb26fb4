package io.capacity.service.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.StoreAccess;
import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.PipelineRun;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.service.metrics.ForecastBatchMeters;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSchedulerTest {
    private static final Instant NOW = Instant.parse("2024-03-29T00:00:00Z");

    @TempDir
    Path dir;

    private static Supplier<PipelineRun> pipeline(MetricStore store) {
        return new ForecastPipeline(StoreAccess.shared(store), Clock.fixed(NOW, ZoneOffset.UTC),
                PipelineSettings.DEFAULTS.withThreads(2), PipelineState.inMemory())::run;
    }

    @Test
    void aTickDuringASlowRunIsSkippedAndCounted() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            Fleet.write(store, NOW, "web1");
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Supplier<PipelineRun> real = pipeline(store);
            Supplier<PipelineRun> slow = () -> {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return real.get();
            };
            PipelineStatus status = new PipelineStatus(Duration.ofHours(1));
            PipelineScheduler s = new PipelineScheduler(slow, Duration.ofHours(1), new ForecastBatchMeters(registry),
                    status, List.of());
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(s::tick);
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            assertFalse(s.tick(), "a tick while a run goes on is skipped");
            release.countDown();
            assertTrue(first.get(60, TimeUnit.SECONDS));
            assertEquals(1, s.runs());
            assertEquals(1.0, registry.get("capacity.pipeline.ticks.skipped").counter().count());
            assertEquals(1.0, registry.get("capacity.forecast.series").counter().count());
            assertEquals(1, registry.get("capacity.pipeline.run").timer().count());
            assertEquals(1, status.last().orElseThrow().selected());
            assertTrue(s.tick(), "the next tick runs");
            s.close();
        }
    }

    @Test
    void firstStepsRunBeforeTheSeriesAndAFailingStepStopsNeitherTheOthersNorTheRun() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            Fleet.write(store, NOW, "web1");
            List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            Supplier<PipelineRun> real = pipeline(store);
            Runnable failing = () -> {
                order.add("failing");
                throw new IllegalStateException("cluster step broke");
            };
            PipelineScheduler s = new PipelineScheduler(List.of(failing, () -> order.add("plans")), () -> {
                order.add("series");
                return real.get();
            }, Duration.ofHours(1), new ForecastBatchMeters(new SimpleMeterRegistry()),
                    new PipelineStatus(Duration.ofHours(1)), List.of(r -> order.add("after")));
            assertTrue(s.tick());
            assertEquals(List.of("failing", "plans", "series", "after"), order);
            assertEquals(1, s.runs());
            s.close();
        }
    }

    @Test
    void missedRunsAreCaughtUpOnceAtStart() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            Fleet.write(store, NOW, "web1");
            PipelineScheduler s = new PipelineScheduler(pipeline(store), Duration.ofHours(1),
                    new ForecastBatchMeters(new SimpleMeterRegistry()), new PipelineStatus(Duration.ofHours(1)),
                    List.of());
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            Duration first = s.start(clock, Optional.of(NOW.minus(Duration.ofHours(5))), Duration.ofMillis(100));
            assertEquals(Duration.ofMillis(100), first);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (s.runs() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            assertEquals(1, s.runs(), "five missed slots give one catch-up run");
            s.close();
        }
    }

    @Test
    void aRecentRunPutsTheFirstRunAtTheNextSlot() {
        PipelineScheduler s = new PipelineScheduler(() -> {
            throw new AssertionError("no run expected");
        }, Duration.ofHours(1), new ForecastBatchMeters(new SimpleMeterRegistry()),
                new PipelineStatus(Duration.ofHours(1)), List.of());
        Duration first = s.start(Clock.fixed(NOW, ZoneOffset.UTC), Optional.of(NOW.minus(Duration.ofMinutes(10))),
                Duration.ofSeconds(10));
        assertEquals(Duration.ofMinutes(50), first);
        assertEquals(Duration.ofSeconds(10), new PipelineScheduler(() -> null, Duration.ofHours(1),
                new ForecastBatchMeters(new SimpleMeterRegistry()), new PipelineStatus(Duration.ofHours(1)), List.of())
                .start(Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty(), Duration.ofSeconds(10)));
        s.close();
    }
}
