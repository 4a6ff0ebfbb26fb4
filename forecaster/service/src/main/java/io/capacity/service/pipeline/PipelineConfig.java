package io.capacity.service.pipeline;

import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.StoreAccess;
import io.capacity.service.metrics.ForecastBatchMeters;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The pipeline inside {@code serve}.
 *
 * @param every      the schedule ({@code --pipeline-every}, default hourly)
 * @param firstDelay how long after start the first (or catch-up) run comes
 * @param settings   what each run forecasts
 */
public record PipelineConfig(Duration every, Duration firstDelay, PipelineSettings settings) {
    public static final Duration DEFAULT_EVERY = Duration.ofHours(1);
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(10);

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
    }

    /** The state file under the data directory: cached model choices and the last run's time. */
    public static Path stateFile(Path dataDir) {
        return dataDir.resolve("pipeline").resolve("state.tsv");
    }

    /** Builds the pipeline on {@code store} with its state under {@code dataDir} and starts its schedule. */
    public PipelineScheduler start(MetricStore store, Path dataDir, Clock clock, ForecastBatchMeters meters,
                                   PipelineStatus status) {
        PipelineState state = PipelineState.load(stateFile(dataDir), ForecastPipeline.autoSpec(settings));
        ForecastPipeline pipeline = new ForecastPipeline(StoreAccess.shared(store), clock, settings, state);
        status.started(pipeline);
        PipelineScheduler s = new PipelineScheduler(pipeline::run, every, meters, status, List.of());
        s.start(clock, state.lastRun(), firstDelay);
        return s;
    }
}
