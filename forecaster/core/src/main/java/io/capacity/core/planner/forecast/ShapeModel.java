package io.capacity.core.planner.forecast;

import io.capacity.core.forecast.Residuals;
import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Intervals;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.Quality;
import io.capacity.core.series.TimeSeries;

/** A fitted {@link SeasonalShapeSpec}: one-step in-sample fit, Gaussian intervals widening as sqrt(h). */
final class ShapeModel implements FittedModel {
    private final SeasonalShapeSpec spec;
    private final TimeSeries series;
    private final double[] y;
    private final double[] fitted;
    private final double sigma;

    ShapeModel(SeasonalShapeSpec spec, TimeSeries series, double[] y) {
        this.spec = spec;
        this.series = series;
        this.y = y.clone();
        this.fitted = new double[y.length];
        double sum = 0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            fitted[i] = i == 0 ? Double.NaN : spec.point(this.y, i - 1, 1);
            if (!Double.isNaN(fitted[i])) {
                sum += (y[i] - fitted[i]) * (y[i] - fitted[i]);
                count++;
            }
        }
        this.sigma = count > 1 ? Math.sqrt(sum / (count - 1)) : 0;
    }

    @Override
    public String method() {
        return "Seasonal shape [" + spec.period() + " x " + spec.days()
                + (spec.anchor() > 1 ? ", level of the last " + spec.anchor() : "") + "]";
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
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        double[] mean = new double[horizon];
        double[] sd = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double p = spec.point(y, y.length - 1, h);
            // Beyond the seasons held, the shape is unknown: fall back to persistence rather than fail.
            mean[h - 1] = Double.isNaN(p) ? y[y.length - 1] : p;
            sd[h - 1] = sigma * Math.sqrt(h);
        }
        return new Forecast(series.id(), series.timeAt(series.size()), series.step(), mean,
                Intervals.normal(mean, sd, levels), fitted, residuals(), method(), spec, Quality.ungraded());
    }
}
