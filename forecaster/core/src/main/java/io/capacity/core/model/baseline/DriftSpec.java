package io.capacity.core.model.baseline;

import io.capacity.core.forecast.PathModel;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Intervals;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

/**
 * Random walk with drift: the line from the first to the last value, extended. The sd adds the drift estimate's
 * own uncertainty, {@code sqrt(h sigma^2 + (h se_b)^2)} with {@code se_b = sigma / sqrt(T-1)} (R {@code rwf}).
 */
public record DriftSpec() implements ModelSpec {
    @Override
    public String name() {
        return "drift";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        double[] y = Checks.finiteValues(series, 3, "drift");
        int n = y.length;
        double slope = (y[n - 1] - y[0]) / (n - 1);
        double[] fitted = new double[n];
        fitted[0] = Double.NaN;
        for (int i = 1; i < n; i++) {
            fitted[i] = y[i - 1] + slope;
        }
        // One parameter (the drift) was estimated from the n-1 differences, hence the lost degree of freedom.
        double sigma = Checks.residualSd(y, fitted, 1);
        double slopeSe = sigma / Math.sqrt(n - 1);
        double last = y[n - 1];
        return new PathModel(this, "Drift", series, fitted, h -> last + h * slope,
                h -> Math.sqrt(h * sigma * sigma + (h * slopeSe) * (h * slopeSe)), Intervals::normalQuantile);
    }
}
