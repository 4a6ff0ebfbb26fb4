package io.capacity.core.model.baseline;

import io.capacity.core.series.TimeSeries;

/** Input checks shared by the baselines: they fit only gap-filled series of a minimum length. */
final class Checks {
    private Checks() {
    }

    static double[] finiteValues(TimeSeries series, int minLength, String model) {
        if (series.size() < minLength) {
            throw new IllegalArgumentException(model + " needs at least " + minLength + " values, series "
                    + series.id() + " has " + series.size());
        }
        double[] y = series.values();
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("series " + series.id() + " has a non-finite value at index " + i
                        + " (" + y[i] + "); fill gaps with GapFiller before fitting");
            }
        }
        return y;
    }

    /** Root mean square of the non-NaN residuals, divided by their count minus {@code params}, as R does. */
    static double residualSd(double[] y, double[] fitted, int params) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(fitted[i])) {
                double e = y[i] - fitted[i];
                sum += e * e;
                count++;
            }
        }
        return Math.sqrt(sum / (count - params));
    }
}
