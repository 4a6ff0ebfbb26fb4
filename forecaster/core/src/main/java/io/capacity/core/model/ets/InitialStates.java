package io.capacity.core.model.ets;

/**
 * Starting states. The seasonal states come from the first (up to) four periods, each centred on its own mean, so a
 * trend within the start does not leak into the season; level and slope start from a line through the first ten
 * deseasonalised values, as R's {@code ets} does.
 */
final class InitialStates {
    private InitialStates() {
    }

    static double[] season(double[] y, int m) {
        int periods = Math.min(4, y.length / m);
        double[] s = new double[m];
        for (int k = 0; k < periods; k++) {
            double mean = 0;
            for (int i = 0; i < m; i++) {
                mean += y[k * m + i];
            }
            mean /= m;
            for (int i = 0; i < m; i++) {
                s[i] += (y[k * m + i] - mean) / periods;
            }
        }
        return s;
    }

    /** [level0, slope0] from least squares on the first min(10, n) values minus the season. */
    static double[] levelAndSlope(double[] y, double[] season0) {
        int n = Math.min(10, y.length);
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int t = 0; t < n; t++) {
            double v = y[t] - (season0.length > 1 ? season0[t % season0.length] : 0);
            sx += t;
            sy += v;
            sxx += (double) t * t;
            sxy += t * v;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        return new double[]{intercept, slope};
    }

    static double sd(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / Math.max(1, y.length - 1));
    }
}
