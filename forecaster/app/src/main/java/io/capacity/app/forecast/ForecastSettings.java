package io.capacity.app.forecast;

import io.capacity.app.RequestProblem;
import java.util.List;

/**
 * What forecasting and backtesting a set of series share: where the series come from, how far ahead, how models are
 * built, which interval levels and how many threads.
 *
 * @param source  where the series come from; null only in {@link #DEFAULTS}, which a front end completes
 * @param horizon steps to forecast (or hold out), at least 1
 * @param levels  interval levels in percent, each strictly between 0 and 100
 * @param threads worker threads, at least 1
 */
public record ForecastSettings(SeriesSource source, int horizon, ModelOptions model, List<Double> levels,
                               int threads) {
    /** A day of hourly steps, 80 and 95 % intervals, all cores; the source is the caller's. */
    public static final ForecastSettings DEFAULTS = new ForecastSettings(null, 24, ModelOptions.DEFAULTS,
            List.of(80.0, 95.0), Runtime.getRuntime().availableProcessors());

    public ForecastSettings {
        if (horizon < 1) {
            throw RequestProblem.of("horizon", horizon, "expected at least 1 step to forecast");
        }
        if (model == null) {
            model = ModelOptions.DEFAULTS;
        }
        if (threads < 1) {
            throw RequestProblem.of("threads", threads, "expected at least 1 thread");
        }
        levels = List.copyOf(levels);
        for (double l : levels) {
            if (!(l > 0 && l < 100)) {
                throw RequestProblem.of("levels", l == Math.rint(l) ? Long.toString((long) l) : Double.toString(l),
                        "expected a percentage between 0 and 100 (exclusive), e.g. 80,95");
            }
        }
    }

    public ForecastSettings withSource(SeriesSource s) {
        return new ForecastSettings(s, horizon, model, levels, threads);
    }

    public ForecastSettings withHorizon(int h) {
        return new ForecastSettings(source, h, model, levels, threads);
    }

    public ForecastSettings withModel(ModelOptions m) {
        return new ForecastSettings(source, horizon, m, levels, threads);
    }

    public ForecastSettings withLevels(List<Double> l) {
        return new ForecastSettings(source, horizon, model, l, threads);
    }

    public ForecastSettings withThreads(int t) {
        return new ForecastSettings(source, horizon, model, levels, t);
    }

    /** The levels as the core's batch takes them. */
    public double[] levelArray() {
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
