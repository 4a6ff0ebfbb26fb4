package io.capacity.core.model.prophet;

import io.capacity.core.series.TimeSeries;
import java.util.List;
import java.util.Map;

/**
 * How much to widen the observation noise of the intervals. In-sample residuals understate the error of a forecast:
 * the changepoints and seasonal terms were fitted to those very points, and hourly residuals are autocorrelated, so
 * a whole horizon tends to sit on one side of the mean. {@link #backtest} measures the understatement directly:
 * refit on the history minus its last {@code origins} windows, forecast each window, and compare the squared
 * errors with the refit's own noise variance at each step (the residual autoregression's spread,
 * {@code ResidualAr.spread}, so the shape over the horizon is the model's and the level is the backtest's). The square root of that ratio (never below 1) scales the noise.
 *
 * @param inflation factor on the noise scale, at least 1
 */
record NoiseCalibration(double inflation, int origins, int horizon, String note) {
    /** Guards against a wild window turning intervals into the whole axis. */
    private static final double MAX_INFLATION = 10.0;

    static NoiseCalibration inSample() {
        return new NoiseCalibration(1.0, 0, 0, "in-sample noise");
    }

    static NoiseCalibration backtest(ProphetSpec spec, TimeSeries series, List<Seasonality> seasonalities) {
        int n = series.size();
        int h = spec.calibrationHorizon() > 0 ? spec.calibrationHorizon() : Math.max(1, n / 10);
        // The same seasonalities as the full fit: a shorter history must not switch the weekly cycle off.
        ProphetSpec point = spec.toBuilder().seasonalities(seasonalities).autoSeasonality(false)
                .intervalMethod(IntervalMethod.IN_SAMPLE).uncertaintySamples(0).build();
        double errors = 0;
        double expected = 0;
        int used = 0;
        for (int o = 1; o <= spec.calibrationOrigins(); o++) {
            int cut = n - o * h;
            if (cut < Math.max(n / 2, 3)) {
                break;
            }
            Predictor p = ProphetFitter.fitPoint(point, series.head(cut)).predictor();
            double[] f = p.forecastScaled(p.predict(cut, cut + h, Map.of()));
            double sigma = p.sigma() * p.scaling().scale();
            double[] spread = p.ar().spread(h);
            for (int i = 0; i < h; i++) {
                double actual = series.value(cut + i);
                if (Double.isFinite(actual)) {
                    double e = actual - p.scaling().fromScaled(cut + i, f[i]);
                    errors += e * e;
                    expected += sigma * sigma * spread[i] * spread[i];
                }
            }
            used++;
        }
        if (used == 0 || !(expected > 0)) {
            return new NoiseCalibration(1.0, 0, h, "history too short to backtest; in-sample noise");
        }
        double ratio = Math.sqrt(errors / expected);
        double inflation = Double.isFinite(ratio) ? Math.min(MAX_INFLATION, Math.max(1.0, ratio)) : MAX_INFLATION;
        return new NoiseCalibration(inflation, used, h, String.format(java.util.Locale.ROOT,
                "backtest errors %.2fx in-sample noise over %d window(s) of %d", ratio, used, h));
    }
}
