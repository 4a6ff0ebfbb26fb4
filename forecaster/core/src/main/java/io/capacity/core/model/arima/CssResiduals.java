package io.capacity.core.model.arima;

/**
 * Conditional sum of squares: residuals of the expanded ARMA computed recursively with the first p+Pm values as
 * the conditioning set and pre-sample errors set to zero. Sparse lag lists keep a seasonal model with m = 24 at a
 * handful of multiply-adds per step instead of p+Pm+q+Qm.
 */
final class CssResiduals {
    private CssResiduals() {
    }

    /**
     * Returns {sum of squares, count}. {@code resid} (length of z) receives residuals, 0 before the conditioning
     * point; a missing value gives a NaN residual, treated as zero in later MA terms and not counted.
     */
    static void run(double[] z, double[] phi, int[] arIdx, int nAr, double[] theta, int[] maIdx, int nMa, int ncond,
                    double[] resid, double[] out) {
        double ssq = 0;
        int count = 0;
        int n = z.length;
        java.util.Arrays.fill(resid, 0, Math.min(ncond, n), 0.0);
        for (int t = ncond; t < n; t++) {
            double e = z[t];
            for (int j = 0; j < nAr; j++) {
                int lag = arIdx[j] + 1;
                e -= phi[arIdx[j]] * z[t - lag];
            }
            for (int j = 0; j < nMa; j++) {
                int lag = maIdx[j] + 1;
                if (t - lag >= 0) {
                    double past = resid[t - lag];
                    if (!Double.isNaN(past)) {
                        e -= theta[maIdx[j]] * past;
                    }
                }
            }
            resid[t] = e;
            if (!Double.isNaN(e)) {
                ssq += e * e;
                count++;
            }
        }
        out[0] = ssq;
        out[1] = count;
    }
}
