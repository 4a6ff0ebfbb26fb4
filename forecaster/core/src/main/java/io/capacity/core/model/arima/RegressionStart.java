package io.capacity.core.model.arima;

/**
 * Ordinary least squares of the differenced series on the differenced regressors: starting values for the
 * regression coefficients and, from their standard errors, a scale so the optimiser sees all parameters on
 * comparable footing (a drift of 0.01 and a mean of 5000 would otherwise share one finite-difference step).
 */
final class RegressionStart {
    private RegressionStart() {
    }

    static void fit(double[] w, double[][] dx, double[] fixed, int na, double[] center, double[] scale) {
        int k = dx.length;
        if (k == 0) {
            return;
        }
        double[] xtx = new double[k * k];
        double[] xty = new double[k];
        int n = 0;
        for (int t = 0; t < w.length; t++) {
            if (!rowFinite(w, dx, t)) {
                continue;
            }
            n++;
            for (int i = 0; i < k; i++) {
                xty[i] += dx[i][t] * w[t];
                for (int j = 0; j < k; j++) {
                    xtx[i * k + j] += dx[i][t] * dx[j][t];
                }
            }
        }
        double[] inv = new double[k * k];
        boolean ok = n > k;
        for (int c = 0; c < k && ok; c++) {
            double[] a = xtx.clone();
            double[] e = new double[k];
            e[c] = 1;
            ok = LinearSolve.solveInPlace(a, e, k);
            for (int r = 0; r < k; r++) {
                inv[r * k + c] = e[r];
            }
        }
        double[] beta = new double[k];
        double rss = 0;
        if (ok) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    beta[i] += inv[i * k + j] * xty[j];
                }
            }
            for (int t = 0; t < w.length; t++) {
                if (rowFinite(w, dx, t)) {
                    double e = w[t];
                    for (int i = 0; i < k; i++) {
                        e -= beta[i] * dx[i][t];
                    }
                    rss += e * e;
                }
            }
        }
        double s2 = ok ? rss / (n - k) : 0;
        for (int i = 0; i < k; i++) {
            double f = fixed[na + i];
            center[i] = Double.isNaN(f) ? beta[i] : f;
            double se = ok ? Math.sqrt(Math.max(0, s2 * inv[i * k + i])) : 0;
            scale[i] = se > 0 && Double.isFinite(se) ? 10 * se : Math.max(1, Math.abs(center[i]));
        }
    }

    private static boolean rowFinite(double[] w, double[][] dx, int t) {
        if (Double.isNaN(w[t])) {
            return false;
        }
        for (double[] col : dx) {
            if (Double.isNaN(col[t])) {
                return false;
            }
        }
        return true;
    }
}
