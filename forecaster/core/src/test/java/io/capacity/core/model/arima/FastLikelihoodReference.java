package io.capacity.core.model.arima;

/**
 * {@link FastLikelihood} as it was before its three passes over the state were fused into one, kept verbatim as the
 * reference the fused kernel must reproduce bit for bit ({@link FastLikelihoodTest}).
 */
final class FastLikelihoodReference {
    /** Increment size below which the covariance is treated as converged (relative to F >= 1). */
    static final double STEADY_TOL = 1e-14;

    private FastLikelihoodReference() {
    }

    /** True when the frozen gain k / f equals the disturbance loading (1, theta_1, ..., theta_(r-1)) to 1e-10. */
    private static boolean gainIsLoading(StateSpace ss, double[] k, double f) {
        for (int i = 1; i < ss.r(); i++) {
            if (Math.abs(k[i] / f - ss.loading(i)) > 1e-10) {
                return false;
            }
        }
        return true;
    }

    /**
     * Accumulates sum v^2/F into {@code out[0]}, sum log F into {@code out[1]} and the step at which steady state was
     * reached (or n) into {@code out[2]}. Returns false when the ARMA is not stationary.
     */
    static boolean run(StateSpace ss, double[] z, double[] out) {
        int r = ss.r();
        double[] k = new double[r];
        if (!ArmaCovariance.firstRow(ss.phi(), ss.p(), ss.theta(), ss.q(), r, k)) {
            return false;
        }
        // phi padded to r entries (one spare) so the hot loops have no branches.
        double[] phi = new double[r + 1];
        System.arraycopy(ss.phi(), 0, phi, 0, ss.p());
        double[] a = new double[r + 1];
        double[] w = java.util.Arrays.copyOf(k, r + 1);
        k = java.util.Arrays.copyOf(k, r + 1);
        ss.transition(w);
        double f = k[0];
        double m = -1.0 / f;
        boolean steady = false;
        double ssq = 0;
        double sumlog = 0;
        int steadyAt = z.length;
        double[] innov = new double[z.length];
        for (int t = 0; t < z.length; t++) {
            if (steady && t == steadyAt + r && gainIsLoading(ss, k, f)) {
                ssq += SparseArma.sumSquares(ss, z, innov, t) / f;
                sumlog += (z.length - t) * Math.log(f);
                break;
            }
            double v = z[t] - a[0];
            innov[t] = v;
            ssq += v * v / f;
            sumlog += Math.log(f);
            double c = v / f;
            double a0 = a[0] + k[0] * c;
            for (int i = 0; i < r; i++) {
                a[i] = phi[i] * a0 + a[i + 1] + k[i + 1] * c;
            }
            if (!steady) {
                double w0 = w[0];
                double fNew = f + m * w0 * w0;
                double mw0 = m * w0;
                double norm = 0;
                for (int i = 0; i < r; i++) {
                    k[i] += w[i] * mw0;
                    norm += w[i] * w[i];
                }
                double g = w0 / fNew;
                double u0 = w[0] - k[0] * g;
                for (int i = 0; i < r; i++) {
                    w[i] = phi[i] * u0 + w[i + 1] - k[i + 1] * g;
                }
                m = m * fNew / f;
                f = fNew;
                if (Math.abs(m) * norm < STEADY_TOL) {
                    steady = true;
                    steadyAt = t + 1;
                }
            }
        }
        out[0] = ssq;
        out[1] = sumlog;
        out[2] = steadyAt;
        return Double.isFinite(ssq) && Double.isFinite(sumlog);
    }
}
