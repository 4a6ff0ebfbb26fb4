package io.capacity.core.model.prophet;

/**
 * Autoregression on the model's residuals, forecast recursively and added to the point forecast. Prophet treats
 * residuals as independent, but on hourly capacity data they are anything but: a busy morning is followed by a busy
 * afternoon, and yesterday's deviation from the average daily profile repeats today. Lags are the first few steps
 * plus one period of each seasonality, fitted by least squares with a light ridge, all in scaled units.
 *
 * <p>The forecast's error grows with the horizon as the autoregression's own: {@link #spread(int)} is the standard
 * deviation of the h-step error relative to the residuals' ({@code sqrt(share * sum of squared psi weights)}), small
 * where the last residuals still tell the next ones and rising towards 1 (or beyond, for a persistent
 * autoregression) as they stop to.
 *
 * @param tail  the last {@code max(lags)} residuals of the history, oldest first
 * @param share the autoregression's innovation variance over the residuals' variance on the fitted rows, in (0, 1]
 */
record ResidualAr(int[] lags, double[] coef, double[] tail, double share) {
    /** Short-memory lags: beyond three, hourly residual autocorrelation is carried by the seasonal lags. */
    static final int SHORT_LAGS = 3;
    private static final double RIDGE = 1e-3;

    static ResidualAr none() {
        return new ResidualAr(new int[0], new double[0], new double[0], 1.0);
    }

    static ResidualAr fit(double[] resid, int[] lags) {
        int maxLag = 0;
        for (int l : lags) {
            maxLag = Math.max(maxLag, l);
        }
        int p = lags.length;
        if (p == 0 || resid.length < maxLag + 3 * p) {
            return none();
        }
        double[][] a = new double[p][p];
        double[] b = new double[p];
        int rows = 0;
        for (int t = maxLag; t < resid.length; t++) {
            if (!Double.isFinite(resid[t]) || !lagsFinite(resid, t, lags)) {
                continue;
            }
            rows++;
            for (int i = 0; i < p; i++) {
                double xi = resid[t - lags[i]];
                b[i] += xi * resid[t];
                for (int j = 0; j <= i; j++) {
                    a[i][j] += xi * resid[t - lags[j]];
                }
            }
        }
        double trace = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                a[j][i] = a[i][j];
            }
            trace += a[i][i];
        }
        for (int i = 0; i < p; i++) {
            a[i][i] += RIDGE * trace / p + 1e-300;
        }
        if (rows < 3 * p || !Cholesky.solve(a, b)) {
            return none();
        }
        double[] tail = java.util.Arrays.copyOfRange(resid, resid.length - maxLag, resid.length);
        for (int i = 0; i < tail.length; i++) {
            tail[i] = Double.isFinite(tail[i]) ? tail[i] : 0.0;
        }
        return new ResidualAr(lags.clone(), b, tail, innovationShare(resid, lags, b, maxLag));
    }

    /** Sum of squared one-step errors of the fitted autoregression over the residuals' sum of squares. */
    private static double innovationShare(double[] resid, int[] lags, double[] coef, int maxLag) {
        double sse = 0;
        double total = 0;
        for (int t = maxLag; t < resid.length; t++) {
            if (!Double.isFinite(resid[t]) || !lagsFinite(resid, t, lags)) {
                continue;
            }
            double e = resid[t];
            for (int k = 0; k < lags.length; k++) {
                e -= coef[k] * resid[t - lags[k]];
            }
            sse += e * e;
            total += resid[t] * resid[t];
        }
        return total > 0 ? Math.min(1.0, Math.max(sse / total, 1e-6)) : 1.0;
    }

    /**
     * Standard deviation of the 1..h-step errors relative to the residuals' own: {@code sqrt(share * sum_{j<i}
     * psi_j^2)} for step i, with the psi weights of the autoregression ({@code psi_0 = 1}); all ones without one.
     */
    double[] spread(int h) {
        double[] out = new double[h];
        if (isNone()) {
            java.util.Arrays.fill(out, 1.0);
            return out;
        }
        double[] psi = new double[h];
        double sum = 0;
        for (int j = 0; j < h; j++) {
            double v = j == 0 ? 1.0 : 0.0;
            for (int k = 0; k < lags.length; k++) {
                if (j - lags[k] >= 0) {
                    v += coef[k] * psi[j - lags[k]];
                }
            }
            psi[j] = v;
            sum += v * v;
            out[j] = Math.sqrt(share * sum);
        }
        return out;
    }

    boolean isNone() {
        return lags.length == 0;
    }

    /** Expected residuals of the next {@code h} steps. */
    double[] forecast(int h) {
        if (isNone()) {
            return new double[h];
        }
        int m = tail.length;
        double[] path = java.util.Arrays.copyOf(tail, m + h);
        for (int i = 0; i < h; i++) {
            double s = 0;
            for (int k = 0; k < lags.length; k++) {
                s += coef[k] * path[m + i - lags[k]];
            }
            path[m + i] = s;
        }
        return java.util.Arrays.copyOfRange(path, m, m + h);
    }

    private static boolean lagsFinite(double[] r, int t, int[] lags) {
        for (int l : lags) {
            if (!Double.isFinite(r[t - l])) {
                return false;
            }
        }
        return true;
    }
}
