package io.capacity.service.metrics;

import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Runs forecast batches inside the service and counts them: {@code capacity_forecast_series_total} (series
 * forecast), {@code capacity_forecast_failures_total} (series whose requested model failed, whether a baseline
 * stood in or not) and {@code capacity_forecast_batch_seconds} (time per batch). Every batch the service runs goes
 * through {@link #run}.
 */
@Component
public final class ForecastBatchMeters {
    private final Counter series;
    private final Counter failures;
    private final Timer duration;

    public ForecastBatchMeters(MeterRegistry registry) {
        this.series = Counter.builder("capacity.forecast.series").description("Series forecast")
                .register(registry);
        this.failures = Counter.builder("capacity.forecast.failures")
                .description("Series whose requested model failed (a baseline graded BAD stood in, or nothing)")
                .register(registry);
        this.duration = Timer.builder("capacity.forecast.batch").description("Duration of one forecast batch")
                .register(registry);
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
