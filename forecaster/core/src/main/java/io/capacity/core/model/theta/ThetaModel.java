package io.capacity.core.model.theta;

import io.capacity.core.forecast.Residuals;
import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Intervals;
import io.capacity.core.forecast.Quality;
import io.capacity.core.model.ets.Ses;
import io.capacity.core.series.TimeSeries;

/**
 * A fitted Theta model. As in R's {@code thetaf}, intervals are the SES ones ({@code sigma sqrt(1 + j alpha^2)})
 * around the reseasonalised mean, and fitted values are the SES fit reseasonalised (without the drift). One
 * departure: a series with a value at or below zero gets an additive season, since ratios to a trend near zero
 * are meaningless and server metrics (idle CPU, no traffic) are often zero.
 */
final class ThetaModel implements FittedModel {
    private final ThetaSpec spec;
    private final TimeSeries series;
    private final Ses ses;
    private final double drift;
    private final double[] figure;
    private final boolean multiplicative;

    private ThetaModel(ThetaSpec spec, TimeSeries series, Ses ses, double drift, double[] figure,
                       boolean multiplicative) {
        this.spec = spec;
        this.series = series;
        this.ses = ses;
        this.drift = drift;
        this.figure = figure;
        this.multiplicative = multiplicative;
    }

    static ThetaModel fit(TimeSeries series, ThetaSpec spec) {
        double[] y = series.values();
        int m = spec.season();
        double[] figure = null;
        boolean multiplicative = true;
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("theta needs finite values; fill gaps first (series "
                        + series.id() + ")");
            }
            multiplicative &= v > 0;
        }
        if (Decomposition.seasonal(y, m)) {
            figure = Decomposition.figure(y, m, multiplicative);
            for (double f : figure) {
                if (multiplicative && Math.abs(f) < 1e-4) {
                    figure = null; // R falls back to the non-seasonal method here too
                    break;
                }
            }
        }
        double[] adj = y.clone();
        for (int t = 0; t < adj.length && figure != null; t++) {
            adj[t] = multiplicative ? y[t] / figure[t % m] : y[t] - figure[t % m];
        }
        return new ThetaModel(spec, series, Ses.fit(adj), slope(adj) / 2, figure, multiplicative);
    }

    private static double slope(double[] x) {
        int n = x.length;
        double mt = (n - 1) / 2.0;
        double mx = 0;
        for (double v : x) {
            mx += v;
        }
        mx /= n;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - mt) * (x[t] - mx);
            sxx += (t - mt) * (t - mt);
        }
        return sxy / sxx;
    }

    private double season(int t, double value) {
        if (figure == null) {
            return value;
        }
        double f = figure[t % figure.length];
        return multiplicative ? value * f : value + f;
    }

    @Override
    public String method() {
        return String.format("Theta(alpha=%.3f, drift=%.4g%s)", ses.alpha(), drift,
                figure == null ? "" : multiplicative ? ", multiplicative season" : ", additive season");
    }

    @Override
    public ThetaSpec spec() {
        return spec;
    }

    @Override
    public double[] fitted() {
        double[] f = ses.fitted();
        for (int t = 0; t < f.length; t++) {
            f[t] = season(t, f[t]);
        }
        return f;
    }

    @Override
    public double[] residuals() {
        return Residuals.of(series, fitted());
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        FittedModel.requireHorizon(horizon);
        int n = series.size();
        double alpha = Math.max(1e-10, ses.alpha());
        double[] mean = new double[horizon];
        double[] sd = new double[horizon];
        for (int j = 0; j < horizon; j++) {
            double flat = ses.level() + drift * (j + (1 - Math.pow(1 - alpha, n)) / alpha);
            mean[j] = season(n + j, flat);
            sd[j] = Math.sqrt(ses.sigma2() * (j * alpha * alpha + 1));
        }
        return new Forecast(series.id(), series.timeAt(n), series.step(), mean, Intervals.normal(mean, sd, levels),
                fitted(), residuals(), method(), spec, Quality.ungraded());
    }
}
