package io.capacity.core.backtest;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One backtest window: the forecast made at {@code cutoff}, what actually happened, and the scale for MASE/MSIS.
 * The actuals are copied in and out.
 */
public record WindowResult(int cutoff, Forecast forecast, double[] actual, double scale) {
    public WindowResult {
        actual = actual.clone();
        if (actual.length != forecast.horizon()) {
            throw new IllegalArgumentException("window at " + cutoff + ": " + actual.length + " actuals for "
                    + forecast.horizon() + " forecast steps");
        }
    }

    @Override
    public double[] actual() {
        return actual.clone();
    }

    public ScoreCard score() {
        double[] f = forecast.mean();
        Map<Double, Double> coverage = new LinkedHashMap<>();
        for (PredictionInterval pi : forecast.intervals()) {
            coverage.put(pi.level(), Metrics.coverage(actual, pi.lower(), pi.upper()));
        }
        double msis = forecast.interval(95).map(pi -> Metrics.msis(actual, pi.lower(), pi.upper(), 0.05, scale))
                .orElse(Double.NaN);
        return new ScoreCard(Metrics.mae(actual, f), Metrics.rmse(actual, f), Metrics.smape(actual, f),
                Metrics.mase(actual, f, scale), msis, coverage);
    }
}
