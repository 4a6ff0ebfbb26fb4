package io.capacity.core.model.arima;

/**
 * Standard errors from a central-difference Hessian of the concentrated negative log-likelihood per observation
 * on the untransformed coefficients, inverted and scaled by the number of observations (as R's {@code arima},
 * which inverts {@code optimHess * n.used}).
 */
final class StandardErrors {
    private StandardErrors() {
    }

    static double[] compute(ArimaOrder o, double[] w, double[][] dx, double[] coef, double[] fixed, int nobs) {
        int m = coef.length;
        double[] se = new double[m];
        java.util.Arrays.fill(se, Double.NaN);
        double[] zeros = new double[dx.length];
        double[] ones = new double[dx.length];
        java.util.Arrays.fill(ones, 1.0);
        ArimaObjective obj = new ArimaObjective(o, w, dx, fixed, zeros, ones, false);
        obj.kind = ArimaObjective.Kind.ML;
        int k = obj.freeCount();
        if (k == 0) {
            return se;
        }
        double[] x = obj.toFree(coef);
        double[] h = new double[k];
        for (int i = 0; i < k; i++) {
            h[i] = 1e-3 * Math.max(0.1, Math.abs(x[i]));
        }
        double f0 = obj.value(x);
        double[] hess = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double v;
                if (i == j) {
                    v = (shifted(obj, x, i, h[i], i, 0) - 2 * f0 + shifted(obj, x, i, -h[i], i, 0)) / (h[i] * h[i]);
                } else {
                    v = (shifted(obj, x, i, h[i], j, h[j]) - shifted(obj, x, i, h[i], j, -h[j])
                            - shifted(obj, x, i, -h[i], j, h[j]) + shifted(obj, x, i, -h[i], j, -h[j]))
                            / (4 * h[i] * h[j]);
                }
                hess[i * k + j] = v * nobs;
                hess[j * k + i] = v * nobs;
            }
        }
        int[] freeAt = new int[k];
        for (int i = 0, j = 0; i < m; i++) {
            if (Double.isNaN(fixed[i])) {
                freeAt[j++] = i;
            }
        }
        for (int i = 0; i < k; i++) {
            double[] e = new double[k];
            e[i] = 1;
            if (!LinearSolve.solveInPlace(hess.clone(), e, k) || !(e[i] > 0)) {
                continue;
            }
            se[freeAt[i]] = Math.sqrt(e[i]);
        }
        return se;
    }

    private static double shifted(ArimaObjective obj, double[] x, int i, double hi, int j, double hj) {
        double xi = x[i];
        double xj = x[j];
        x[i] += hi;
        x[j] += hj;
        double v = obj.value(x);
        x[i] = xi;
        x[j] = xj;
        return v;
    }
}
