package io.capacity.core.model.baseline;

import io.capacity.core.forecast.PathModel;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;

/**
 * Historical mean: flat forecast at the sample mean; interval half-width {@code t(T-1) * s * sqrt(1 + 1/T)} with
 * the Student t quantile, as R {@code meanf} does (it is exact for iid normal data).
 */
public record MeanSpec() implements ModelSpec {
    @Override
    public String name() {
        return "mean";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        double[] y = Checks.finiteValues(series, 2, "mean");
        int n = y.length;
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        double mu = sum / n;
        double ss = 0;
        for (double v : y) {
            ss += (v - mu) * (v - mu);
        }
        double sd = Math.sqrt(ss / (n - 1)) * Math.sqrt(1 + 1.0 / n);
        double[] fitted = new double[n];
        Arrays.fill(fitted, mu);
        // The default inverse-CDF accuracy (1e-9) is visible at the 8th digit of the golden values.
        TDistribution t = new TDistribution(null, n - 1, 1e-14);
        return new PathModel(this, "Mean", series, fitted, h -> mu, h -> sd,
                level -> t.inverseCumulativeProbability(0.5 + level / 200));
    }
}
