package io.capacity.core.model.baseline;

import io.capacity.core.forecast.PathModel;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Intervals;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

/**
 * Each forecast repeats the value one season earlier; sd is {@code sigma * sqrt(floor((h-1)/m) + 1)} (R
 * {@code snaive}).
 *
 * @param period season length in steps, e.g. 24 for hourly data with a daily cycle
 */
public record SeasonalNaiveSpec(int period) implements ModelSpec {
    public SeasonalNaiveSpec {
        if (period < 1) {
            throw new IllegalArgumentException("seasonal naive period must be at least 1, got " + period);
        }
    }

    @Override
    public String name() {
        return "snaive";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        int m = period;
        double[] y = Checks.finiteValues(series, m + 1, "seasonal naive with period " + m);
        int n = y.length;
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            fitted[i] = i < m ? Double.NaN : y[i - m];
        }
        double sigma = Checks.residualSd(y, fitted, 0);
        return new PathModel(this, "Seasonal naive [" + m + "]", series, fitted,
                h -> y[n - m + (h - 1) % m], h -> sigma * Math.sqrt((h - 1) / m + 1), Intervals::normalQuantile);
    }
}
