package io.capacity.service.metrics;

import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.capacity.app.pipeline.PipelineRun;
import io.capacity.app.pipeline.SeriesOutcome;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Runs forecast batches inside the service and counts them: {@code capacity_forecast_series_total} (series
 * forecast), {@code capacity_forecast_failures_total} (series whose requested model failed, whether a baseline
 * stood in or not) and {@code capacity_forecast_batch_seconds} (time per batch). Every batch the service runs goes
 * through {@link #run}; each scheduled pipeline run through {@link #recordRun}, which adds
 * {@code capacity_forecast_skipped_total} (series too short to forecast), {@code capacity_pipeline_run_seconds}
 * (wall time per run) and {@code capacity_pipeline_ticks_skipped_total} (ticks that came while a run was going).
 */
@Component
public final class ForecastBatchMeters {
    private final Counter series;
    private final Counter failures;
    private final Timer duration;
    private final Counter skipped;
    private final Timer runs;
    private final Counter skippedTicks;

    public ForecastBatchMeters(MeterRegistry registry) {
        this.series = Counter.builder("capacity.forecast.series").description("Series forecast")
                .register(registry);
        this.failures = Counter.builder("capacity.forecast.failures")
                .description("Series whose requested model failed (a baseline graded BAD stood in, or nothing)")
                .register(registry);
        this.duration = Timer.builder("capacity.forecast.batch").description("Duration of one forecast batch")
                .register(registry);
        this.skipped = Counter.builder("capacity.forecast.skipped")
                .description("Series the pipeline skipped (too short to forecast)").register(registry);
        this.runs = Timer.builder("capacity.pipeline.run").description("Duration of one scheduled pipeline run")
                .register(registry);
        this.skippedTicks = Counter.builder("capacity.pipeline.ticks.skipped")
                .description("Pipeline ticks skipped because the previous run was still going").register(registry);
    }

    /** Runs one pipeline run and counts its series: forecast, failed (model or data), skipped. */
    public PipelineRun recordRun(Supplier<PipelineRun> pipeline) {
        Timer.Sample sample = Timer.start();
        PipelineRun run;
        try {
            run = pipeline.get();
        } finally {
            sample.stop(runs);
        }
        series.increment(run.count(SeriesOutcome.Status.FORECAST));
        failures.increment(run.count(SeriesOutcome.Status.FAILED));
        skipped.increment(run.count(SeriesOutcome.Status.SKIPPED));
        return run;
    }

    public void skippedTick() {
        skippedTicks.increment();
    }

    /** Runs {@code batch} over {@code input} and records it; {@code onEach} is told of every finished series. */
    public List<SeriesForecast> run(ForecastBatch batch, List<TimeSeries> input, ModelSpec spec,
                                    Consumer<SeriesForecast> onEach) {
        Timer.Sample sample = Timer.start();
        try {
            return batch.run(input, spec, r -> {
                series.increment();
                if (!r.ok()) {
                    failures.increment();
                }
                onEach.accept(r);
            });
        } finally {
            sample.stop(duration);
        }
    }
}
