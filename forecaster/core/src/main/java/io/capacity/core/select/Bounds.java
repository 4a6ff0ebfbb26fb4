package io.capacity.core.select;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;

import java.util.ArrayList;
import java.util.List;

/**
 * Physical limits of a series (utilisation in [0, 100], watts >= 0): forecasts and intervals are clipped to them,
 * since a bound the data can never cross is better information than any model's Gaussian tail.
 */
public record Bounds(double lower, double upper) {
    public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    public static final Bounds NON_NEGATIVE = new Bounds(0, Double.POSITIVE_INFINITY);

    public Bounds {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower >= upper) {
            throw new IllegalArgumentException("bounds need lower < upper, got [" + lower + ", " + upper + "]");
        }
    }

    public boolean none() {
        return lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY;
    }

    public Forecast clip(Forecast fc) {
        if (none()) {
            return fc;
        }
        List<PredictionInterval> pis = new ArrayList<>();
        for (PredictionInterval pi : fc.intervals()) {
            pis.add(new PredictionInterval(pi.level(), clip(pi.lower()), clip(pi.upper())));
        }
        return new Forecast(fc.seriesId(), fc.start(), fc.step(), clip(fc.mean()), pis, fc.fitted(), fc.residuals(),
                fc.method(), fc.spec(), fc.quality());
    }

    private double[] clip(double[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.max(lower, Math.min(upper, a[i]));
        }
        return a;
    }
}
