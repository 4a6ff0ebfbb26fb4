package io.capacity.core.model.baseline;

import io.capacity.core.forecast.PathModel;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Intervals;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

/** Random walk: every forecast is the last value; sd grows as {@code sigma * sqrt(h)} (R {@code naive}). */
public record NaiveSpec() implements ModelSpec {
    @Override
    public String name() {
        return "naive";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        double[] y = Checks.finiteValues(series, 2, "naive");
        double[] fitted = new double[y.length];
        fitted[0] = Double.NaN;
        System.arraycopy(y, 0, fitted, 1, y.length - 1);
        double last = y[y.length - 1];
        double sigma = Checks.residualSd(y, fitted, 0);
        return new PathModel(this, "Naive", series, fitted, h -> last, h -> sigma * Math.sqrt(h),
                Intervals::normalQuantile);
    }
}
