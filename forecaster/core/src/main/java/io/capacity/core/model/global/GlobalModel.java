package io.capacity.core.model.global;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.core.forecast.Residuals;
import io.capacity.core.series.TimeSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One series forecast with a {@link PooledFit}. Steps past the fit's horizon continue from a window that ends with
 * the forecast so far, their half-widths those of the same step within the horizon times the square root of the
 * block's number (a random walk of blocks). Fitted values are the one-step forecasts from each window.
 */
final class GlobalModel implements FittedModel {
    private final GlobalSpec spec;
    private final TimeSeries series;
    private final PooledFit fit;
    private final String method;
    private final double[] fitted;

    GlobalModel(GlobalSpec spec, TimeSeries series, PooledFit fit, String source) {
        this.spec = spec;
        this.series = series;
        this.fit = fit;
        LagDesign d = fit.design();
        this.method = "Global AR(" + d.lags() + ") direct to " + d.horizon() + " steps, " + source;
        double[] y = series.values();
        this.fitted = new double[y.length];
        Arrays.fill(fitted, Double.NaN);
        for (int end = d.lags(); end < y.length; end++) {
            Window w = Window.of(y, end, d.lags());
            fitted[end] = w.restore(fit.predict(0, w.features()));
        }
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    @Override
    public double[] residuals() {
        return Residuals.of(series, fitted);
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        FittedModel.requireHorizon(horizon);
        LagDesign d = fit.design();
        int n = series.size();
        double[] path = Arrays.copyOf(series.values(), n + horizon);
        double[] mean = new double[horizon];
        double scale = Window.of(path, n, d.lags()).scale();
        for (int from = 0; from < horizon; from += d.horizon()) {
            Window w = Window.of(path, n + from, d.lags());
            for (int k = 0; k < d.horizon() && from + k < horizon; k++) {
                mean[from + k] = w.restore(fit.predict(k, w.features()));
                path[n + from + k] = mean[from + k];
            }
        }
        List<PredictionInterval> pis = new ArrayList<>();
        for (double level : levels) {
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                double half = scale * fit.halfWidth(i % d.horizon(), level) * Math.sqrt(i / d.horizon() + 1);
                lo[i] = mean[i] - half;
                hi[i] = mean[i] + half;
            }
            pis.add(new PredictionInterval(level, lo, hi));
        }
        return new Forecast(series.id(), series.timeAt(n), series.step(), mean, pis, fitted, residuals(), method,
                spec, Quality.ungraded());
    }
}
