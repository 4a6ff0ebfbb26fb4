package io.capacity.core.model.arima;

/**
 * {@link CssResiduals} as it was before its loops were reordered for speed, kept verbatim as the reference the new kernel
 * must reproduce bit for bit ({@link CssKernelsTest}).
 */
final class CssResidualsReference {
    private CssResidualsReference() {
    }

    /**
     * Writes {sum of squares, count} to {@code out}. {@code buf} has room for {@code off + z.length} values with
     * {@code off >= } the largest MA lag; residual t is stored at {@code buf[off + t]}, zero before the conditioning
     * point, so MA terms reaching before the sample read zeros without a bounds test. A missing value gives a NaN
     * residual, treated as zero in later MA terms and not counted.
     */
    static void run(double[] z, double[] phi, int[] arIdx, int nAr, double[] theta, int[] maIdx, int nMa, int ncond,
                    double[] buf, int off, boolean missing, double[] out) {
        int n = z.length;
        java.util.Arrays.fill(buf, 0, off + Math.min(ncond, n), 0.0);
        double ssq = 0;
        int count = 0;
        for (int t = ncond; t < n; t++) {
            double e = z[t];
            for (int j = 0; j < nAr; j++) {
                int k = arIdx[j];
                e -= phi[k] * z[t - k - 1];
            }
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
