package io.capacity.core.model.arima;

/**
 * Residuals of y on an intercept and the regressors, so the differencing tests of auto-ARIMA look at the series
 * with regression effects (Fourier seasons, user xreg) removed, as R's auto.arima does before ndiffs/nsdiffs.
 */
final class RegressionAdjust {
    private RegressionAdjust() {
    }

    static double[] residuals(double[] y, double[][] x) {
        if (x.length == 0) {
            return y.clone();
        }
        double[][] cols = new double[x.length + 1][];
        cols[0] = new double[y.length];
        java.util.Arrays.fill(cols[0], 1.0);
        System.arraycopy(x, 0, cols, 1, x.length);
        double[] center = new double[cols.length];
        double[] scale = new double[cols.length];
        double[] fixed = Arima.nanArray(cols.length);
        RegressionStart.fit(y, cols, fixed, 0, center, scale);
        double[] r = y.clone();
        for (int k = 0; k < cols.length; k++) {
            for (int t = 0; t < r.length; t++) {
                r[t] -= center[k] * cols[k][t];
            }
        }
        return r;
    }
}
