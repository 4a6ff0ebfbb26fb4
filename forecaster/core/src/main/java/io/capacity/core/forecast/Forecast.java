package io.capacity.core.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one forecast type every model returns and every consumer (metrics, REST, reports, the planner, stores)
 * reads: point forecasts, central intervals per level, in-sample fit, and what produced them.
 *
 * @param seriesId  id of the forecast series
 * @param start     time of the first forecast step, or null when the series had no timestamps
 * @param step      spacing of forecast steps
 * @param mean      point forecasts, one per step
 * @param intervals intervals sorted by level, each as long as {@code mean}
 * @param fitted    in-sample fitted values (may be empty)
 * @param residuals in-sample residuals (may be empty)
 * @param method    the fitted method with its parameters, e.g. {@code ARIMA(2,1,1)}
 * @param spec      the spec that was fitted; for the automatic choice, the choice it made ({@code ChosenSpec}:
 *                  members, backtest MASE, calibration) when it made one
 * @param quality   grade and reason
 */
public record Forecast(String seriesId, Instant start, Duration step, double[] mean, List<PredictionInterval> intervals,
                       double[] fitted, double[] residuals, String method, ModelSpec spec, Quality quality) {

    public static final double[] DEFAULT_LEVELS = {80, 95};

    public Forecast {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(step, "step");
        mean = Objects.requireNonNull(mean, "mean").clone();
        intervals = intervals.stream().sorted(Comparator.comparingDouble(PredictionInterval::level)).toList();
        for (PredictionInterval pi : intervals) {
            if (pi.lower().length != mean.length) {
                throw new IllegalArgumentException("interval " + pi.level() + " has " + pi.lower().length
                        + " steps but the forecast has " + mean.length);
            }
        }
        fitted = fitted == null ? new double[0] : fitted.clone();
        residuals = residuals == null ? new double[0] : residuals.clone();
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(quality, "quality");
    }

    public int horizon() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    public double mean(int step) {
        return mean[step];
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    /** The interval at exactly this level, if it was computed. */
    public Optional<PredictionInterval> interval(double level) {
        return intervals.stream().filter(pi -> pi.level() == level).findFirst();
    }

    /** Time of forecast step {@code i} (0-based), or null without timestamps. */
    public Instant timeAt(int i) {
        return start == null ? null : start.plus(step.multipliedBy(i));
    }

    public Forecast withQuality(Quality q) {
        return new Forecast(seriesId, start, step, mean, intervals, fitted, residuals, method, spec, q);
    }

    public Forecast withIntervals(List<PredictionInterval> newIntervals) {
        return new Forecast(seriesId, start, step, mean, newIntervals, fitted, residuals, method, spec, quality);
    }
}
