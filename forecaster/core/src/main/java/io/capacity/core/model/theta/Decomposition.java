package io.capacity.core.model.theta;

/**
 * Classical decomposition's seasonal figure (R's {@code decompose}): a centred moving average of length m as the
 * trend, the mean ratio (multiplicative) or difference (additive) to it at each phase, normalised to mean 1 or 0.
 * Phase 0 is the first value.
 */
final class Decomposition {
    private Decomposition() {
    }

    static double[] figure(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        double[] sum = new double[m];
        int[] count = new int[m];
        int half = m / 2;
        for (int t = half; t < n - half; t++) {
            double trend = centredMean(y, t, m);
            double detrended = multiplicative ? y[t] / trend : y[t] - trend;
            sum[t % m] += detrended;
            count[t % m]++;
        }
        double[] fig = new double[m];
        double total = 0;
        for (int p = 0; p < m; p++) {
            fig[p] = sum[p] / count[p];
            total += fig[p];
        }
        double centre = total / m;
        for (int p = 0; p < m; p++) {
            fig[p] = multiplicative ? fig[p] / centre : fig[p] - centre;
        }
        return fig;
    }

    /** The m-term centred moving average at t (a 2 x m average with half weights at the ends when m is even). */
    private static double centredMean(double[] y, int t, int m) {
        int half = m / 2;
        double s = 0;
        if (m % 2 == 1) {
            for (int k = -half; k <= half; k++) {
                s += y[t + k];
            }
            return s / m;
        }
        for (int k = -half + 1; k < half; k++) {
            s += y[t + k];
        }
        s += 0.5 * (y[t - half] + y[t + half]);
        return s / m;
    }

    /**
     * R's test: the lag-m autocorrelation exceeds 1.645 standard errors (Bartlett, from lags 1..m-1). Needs
     * more than two seasons of a non-constant series.
     */
    static boolean seasonal(double[] y, int m) {
        int n = y.length;
        if (m < 2 || n <= 2 * m) {
            return false;
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : y) {
            c0 += (v - mean) * (v - mean);
        }
        if (c0 == 0) {
            return false;
        }
        double sumSq = 0;
        double rm = 0;
        for (int k = 1; k <= m; k++) {
            double ck = 0;
            for (int t = k; t < n; t++) {
                ck += (y[t] - mean) * (y[t - k] - mean);
            }
            double r = ck / c0;
            if (k < m) {
                sumSq += r * r;
            } else {
                rm = r;
            }
        }
        double stat = Math.sqrt((1 + 2 * sumSq) / n);
        return Math.abs(rm) / stat > 1.6448536269514722;
    }
}
