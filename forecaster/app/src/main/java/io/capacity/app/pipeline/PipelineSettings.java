package io.capacity.app.pipeline;

import io.capacity.app.RequestProblem;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.store.SeriesFilter;
import java.time.Duration;
import java.util.List;

/**
 * What one pipeline run forecasts and how.
 *
 * @param selections  the series in scope; empty means every gauge and counter series in the store except the
 *                    pipeline's own output ({@code capacity_forecast*}, {@code capacity_plan},
 *                    {@code capacity_headroom})
 * @param step        the series' step
 * @param history     how far back each series is read
 * @param horizon     steps forecast
 * @param model       seasons and the automatic choice's options
 * @param levels      interval levels in percent
 * @param threads     series forecast at once
 * @param chooseEvery how long a series' cached model choice is used before the backtest chooses again
 * @param warmStarts  whether a cached choice's refit starts each member's optimiser from the last run's estimates
 *                    (ARIMA coefficients, ETS smoothing weights), falling back to a cold start when that fails or
 *                    looks worse; false (the default): every refit starts cold. Off by default because the pipeline
 *                    benchmark measured no saving: the same accuracy, but no less CPU per hourly run (the fits are
 *                    a small part of it, and the first warm refit of each choice also fits cold to check itself)
 */
public record PipelineSettings(List<SeriesFilter> selections, Duration step, Duration history, int horizon,
                               ModelOptions model, List<Double> levels, int threads, Duration chooseEvery,
                               boolean warmStarts) {
    /**
     * Hourly steps, four weeks of history, a day ahead, daily seasons, choice redone daily, half the cores, refits
     * started cold.
     */
    public static final PipelineSettings DEFAULTS = new PipelineSettings(List.of(), Duration.ofHours(1),
            Duration.ofDays(28), 24, ModelOptions.DEFAULTS.withSeasons(24, 0).withNonNegative(true),
            List.of(80.0, 95.0), Math.max(1, Runtime.getRuntime().availableProcessors() / 2), Duration.ofDays(1),
            false);

    public PipelineSettings {
        selections = List.copyOf(selections);
        positive("step", step);
        positive("history", history);
        positive("choose_every", chooseEvery);
        if (horizon < 1) {
            throw RequestProblem.of("horizon", horizon, "expected at least 1 step to forecast");
        }
        if (threads < 1) {
            throw RequestProblem.of("threads", threads, "expected at least 1 thread");
        }
        if (model == null) {
            throw RequestProblem.of("model", "must be given");
        }
        levels = List.copyOf(levels);
        if (!levels.contains(95.0)) {
            throw RequestProblem.of("levels", levels.toString(), "expected 95 among the levels (accuracy scores it)");
        }
    }

    private static void positive(String key, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw RequestProblem.of(key, "duration must be positive, got '" + d + "'");
        }
    }

    public PipelineSettings withSelections(List<SeriesFilter> s) {
        return new PipelineSettings(s, step, history, horizon, model, levels, threads, chooseEvery, warmStarts);
    }

    public PipelineSettings withThreads(int t) {
        return new PipelineSettings(selections, step, history, horizon, model, levels, t, chooseEvery, warmStarts);
    }

    public PipelineSettings withChooseEvery(Duration d) {
        return new PipelineSettings(selections, step, history, horizon, model, levels, threads, d, warmStarts);
    }

    public PipelineSettings withHorizon(int h) {
        return new PipelineSettings(selections, step, history, h, model, levels, threads, chooseEvery, warmStarts);
    }

    public PipelineSettings withWarmStarts(boolean on) {
        return new PipelineSettings(selections, step, history, horizon, model, levels, threads, chooseEvery, on);
    }

    /** The fewest values a series needs to be forecast: two seasons plus a horizon (else it is skipped). */
    public int minValues() {
        return 2 * model.season() + horizon;
    }

    double[] levelArray() {
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
