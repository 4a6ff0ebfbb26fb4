package io.capacity.core.model.arima;

/**
 * Conditional sum of squares: residuals of the expanded ARMA computed recursively with the first p+Pm values as
 * the conditioning set and pre-sample errors set to zero. Sparse lag lists keep a seasonal model with m = 24 at a
 * handful of multiply-adds per step instead of p+Pm+q+Qm; this loop is the hot spot of the approximate search.
 */
final class CssResiduals {
    private CssResiduals() {
    }

    /**
     * Writes {sum of squares, count} to {@code out}. {@code buf} has room for {@code off + z.length} values with
     * {@code off >= } the largest MA lag; residual t is stored at {@code buf[off + t]}, zero before the conditioning
     * point, so MA terms reaching before the sample read zeros without a bounds test. A missing value gives a NaN
     * residual, treated as zero in later MA terms and not counted. {@code ar} is scratch of length n.
     *
     * <p>The AR part of every residual (z_t less its AR terms, lag by lag in index order) depends on no residual, so it
     * is taken first, one lag at a time over the whole series: each such pass is a plain scaled subtraction the JIT
     * runs in vector registers, with each value getting the same operations in the same order as a per-step loop
     * would give it (so the same bits). Only the MA part is left to the step-by-step recursion.
     */
    static void run(double[] z, double[] phi, int[] arIdx, int nAr, double[] theta, int[] maIdx, int nMa, int ncond,
                    double[] buf, int off, boolean missing, double[] ar, double[] out) {
        int n = z.length;
        java.util.Arrays.fill(buf, 0, off + Math.min(ncond, n), 0.0);
        if (ncond < n) {
            System.arraycopy(z, ncond, ar, ncond, n - ncond);
        }
        for (int j = 0; j < nAr; j++) {
            int k = arIdx[j];
            double c = phi[k];
            int shift = k + 1;
            for (int t = ncond; t < n; t++) {
                ar[t] -= c * z[t - shift];
            }
        }
        double ssq = 0;
        int count = 0;
        for (int t = ncond; t < n; t++) {
            double e = ar[t];
            int base = off + t - 1;
            for (int j = 0; j < nMa; j++) {
                int k = maIdx[j];
                e -= theta[k] * buf[base - k];
            }
            if (missing && Double.isNaN(e)) {
                buf[off + t] = 0;
                continue;
            }
            buf[off + t] = e;
            ssq += e * e;
            count++;
        }
        out[0] = ssq;
        out[1] = count;
    }
}
