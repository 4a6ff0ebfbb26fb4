package io.capacity.service.pipeline;

import io.capacity.app.DurationText;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.StoreAccess;
import io.capacity.app.pipeline.cluster.ClusterPlans;
import io.capacity.app.pipeline.cluster.ClusterSettings;
import io.capacity.service.metrics.ForecastBatchMeters;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline inside {@code serve}.
 *
 * @param every      the schedule ({@code --pipeline-every}, default hourly)
 * @param firstDelay how long after start the first (or catch-up) run comes
 * @param settings   what each run forecasts
 * @param capacity   how each run assesses the clusters' capacity when it plans: the horizon ({@code
 *                   --capacity-horizon}) and thresholds ({@code --capacity-critical-days}, {@code
 *                   --capacity-warning-days}), the same as {@code GET /api/v1/capacity}'s, so it answers from the run
 */
public record PipelineConfig(Duration every, Duration firstDelay, PipelineSettings settings, Capacity capacity) {
    /** The capacity's horizon and thresholds ({@link CapacityRequest#DEFAULTS}'). */
    public record Capacity(Duration horizon, CapacityThresholds thresholds) {
        public static final Capacity DEFAULTS = new Capacity(CapacityRequest.DEFAULTS.horizon(),
                CapacityRequest.DEFAULTS.thresholds());

        public Capacity {
            if (horizon == null || thresholds == null) {
                throw new IllegalArgumentException("the pipeline's capacity needs a horizon and thresholds");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PipelineConfig.class);
    public static final Duration DEFAULT_EVERY = Duration.ofHours(1);
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(10);
    /** Under {@code --demo}: its history is written before the service starts, so nothing is worth waiting for. */
    public static final Duration DEMO_FIRST_DELAY = Duration.ofSeconds(1);

    public PipelineConfig {
        if (every == null || every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("pipeline schedule must be positive, got " + every);
        }
        if (firstDelay == null || firstDelay.isNegative()) {
            throw new IllegalArgumentException("pipeline first delay must not be negative, got " + firstDelay);
        }
        if (settings == null) {
            settings = PipelineSettings.DEFAULTS;
        }
        if (capacity == null) {
            capacity = Capacity.DEFAULTS;
        }
    }

    /** The default capacity assessment. */
    public PipelineConfig(Duration every, Duration firstDelay, PipelineSettings settings) {
        this(every, firstDelay, settings, null);
    }

    /** The state file under the data directory: cached model choices and the last run's time. */
    public static Path stateFile(Path dataDir) {
        return dataDir.resolve("pipeline").resolve("state.tsv");
    }

    /** The cluster demand series' cached choices (their horizon is the plan's, so not the series' file). */
    public static Path clusterStateFile(Path dataDir) {
        return dataDir.resolve("pipeline").resolve("clusters.tsv");
    }

    /** Builds the pipeline on {@code store} with its state under {@code dataDir} and starts its schedule. */
    public PipelineScheduler start(MetricStore store, Path dataDir, Clock clock, ForecastBatchMeters meters,
                                   PipelineStatus status) {
        return start(store, dataDir, clock, meters, status, null);
    }

    /**
     * The same, each run also planning every cluster of {@code planning}'s inventory first (null: no plans):
     * demand forecasts, a recommended plan per cluster and its efficacy ({@code app.pipeline.cluster}).
     */
    public PipelineScheduler start(MetricStore store, Path dataDir, Clock clock, ForecastBatchMeters meters,
                                   PipelineStatus status, Planning planning) {
        return start(store, dataDir, clock, CompletableFuture.completedFuture(meters), status, planning);
    }

    /** The same with the meters to come (Spring's, while it starts): the first run's plans need not wait for them. */
    public PipelineScheduler start(MetricStore store, Path dataDir, Clock clock,
                                   CompletableFuture<ForecastBatchMeters> meters, PipelineStatus status,
                                   Planning planning) {
        PipelineState state = PipelineState.load(stateFile(dataDir), ForecastPipeline.autoSpec(settings));
        ForecastPipeline pipeline = new ForecastPipeline(StoreAccess.shared(store), clock, settings, state);
        status.started(pipeline);
        List<Runnable> first = List.of();
        if (planning != null) {
            ClusterSettings cs = planning.settings(settings).withCapacity(capacity.horizon(), capacity.thresholds());
            ClusterPlans plans = new ClusterPlans(StoreAccess.shared(store), clock, cs,
                    PipelineState.load(clusterStateFile(dataDir), cs.auto()), planning.book());
            LOG.info("pipeline: each run first plans every cluster of {}{} (demand forecasts, a recommended plan, "
                    + "its efficacy, the capacity over {}), then forecasts the series", planning.inventory(),
                    planning.simulated() ? " (SIMULATED)" : "", DurationText.of(capacity.horizon()));
            status.planning();
            first = List.of(() -> status.planned(plans.run()));
        } else {
            LOG.info("pipeline: no inventory, so runs forecast the series but plan nothing (give one with "
                    + "--inventory FILE)");
        }
        PipelineScheduler s = new PipelineScheduler(first, pipeline::run, every, meters, status, List.of());
        s.start(clock, state.lastRun(), firstDelay);
        return s;
    }
}
