package io.capacity.service.pipeline;

import io.capacity.app.pipeline.PipelineRun;
import io.capacity.service.metrics.ForecastBatchMeters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline every {@code every} on one daemon thread. Runs never overlap (a tick while one runs is skipped
 * and logged); the first run comes {@code firstDelay} after start, or at the next slot when the last run (from the
 * persisted state) is recent; when slots were missed while the service was down, that first run catches up once.
 * Each run first does the {@code first} steps (the cluster plans: they read the stored demand, not the series'
 * forecasts, so a plan need not wait for every series), then the series, then the {@code afterRun} steps get its
 * summary. A step that throws is logged and the run goes on.
 */
public final class PipelineScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineScheduler.class);

    private final Supplier<PipelineRun> pipeline;
    private final Duration every;
    private final CompletableFuture<ForecastBatchMeters> meters;
    private final PipelineStatus status;
    private final List<Runnable> first;
    private final List<Consumer<PipelineRun>> afterRun;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger runs = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pipeline");
        t.setDaemon(true);
        return t;
    });

    public PipelineScheduler(Supplier<PipelineRun> pipeline, Duration every, ForecastBatchMeters meters,
                             PipelineStatus status, List<Consumer<PipelineRun>> afterRun) {
        this(List.of(), pipeline, every, meters, status, afterRun);
    }

    public PipelineScheduler(List<Runnable> first, Supplier<PipelineRun> pipeline, Duration every,
                             ForecastBatchMeters meters, PipelineStatus status, List<Consumer<PipelineRun>> afterRun) {
        this(first, pipeline, every, CompletableFuture.completedFuture(meters), status, afterRun);
    }

    /**
     * {@code meters} may come later (Spring's, while it starts): the first steps run without them, and the series
     * wait for them.
     */
    public PipelineScheduler(List<Runnable> first, Supplier<PipelineRun> pipeline, Duration every,
                             CompletableFuture<ForecastBatchMeters> meters, PipelineStatus status,
                             List<Consumer<PipelineRun>> afterRun) {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("pipeline schedule must be positive, got " + every);
        }
        this.pipeline = pipeline;
        this.every = every;
        this.meters = meters;
        this.status = status;
        this.first = List.copyOf(first);
        this.afterRun = List.copyOf(afterRun);
    }

    /** Starts the schedule; returns the delay before the first run. */
    public Duration start(Clock clock, Optional<Instant> lastRun, Duration firstDelay) {
        Duration first = firstDelay;
        if (lastRun.isPresent()) {
            Instant next = lastRun.get().plus(every);
            Duration untilNext = Duration.between(clock.instant(), next);
            if (untilNext.isNegative()) {
                LOG.info("pipeline: the run due at {} was missed; catching up once in {} s", next,
                        firstDelay.toSeconds());
            } else if (untilNext.compareTo(firstDelay) > 0) {
                first = untilNext;
            }
        }
        LOG.info("pipeline: first run in {} s, then every {} (change with --pipeline-every, turn off with "
                + "--no-pipeline)", first.toSeconds(), every);
        timer.scheduleAtFixedRate(this::tick, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return first;
    }

    /** Runs the pipeline now unless a run is in progress; true when it ran. Never throws. */
    public boolean tick() {
        if (!running.compareAndSet(false, true)) {
            LOG.warn("pipeline: a tick came while the previous run was still going; skipped (runs never overlap; "
                    + "a longer --pipeline-every avoids it)");
            meters.join().skippedTick();
            return false;
        }
        try {
            for (Runnable step : first) {
                guarded(step);
            }
            PipelineRun run = meters.join().recordRun(pipeline);
            runs.incrementAndGet();
            status.finished(run);
            for (Consumer<PipelineRun> step : afterRun) {
                guarded(() -> step.accept(run));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("pipeline: the run failed ({}); the next one is still scheduled", e.toString());
            return false;
        } finally {
            running.set(false);
        }
    }

    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.warn("pipeline: a step of the run failed ({}); the run goes on", e.toString());
        }
    }

    /** Runs completed since start. */
    public int runs() {
        return runs.get();
    }

    /** Stops the schedule and waits up to 30 s for a run in progress to finish. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("pipeline: a run did not finish within 30 s of stopping; interrupting it");
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
