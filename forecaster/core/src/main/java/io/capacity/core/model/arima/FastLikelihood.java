package io.capacity.core.model.arima;

/**
 * Exact Gaussian likelihood of a stationary ARMA for a complete series in O(n r) using the Chandrasekhar
 * recursions (Morf, Sidhu and Kailath 1974; Herbst 2015) instead of the O(n r^2) Riccati update.
 *
 * <p>Why it works: the filter starts from the stationary covariance P0 = T P0 T' + R R', so the first covariance
 * increment P2 - P1 = -T k k' T' / F is rank one, and in a time-invariant model the increments stay rank one:
 * dP_t = W_t M_t W_t'. Tracking the vector W and the scalar M gives k_t = P_t e_1 and F_t = P_t[0][0] exactly.
 * Once the increment is negligible the filter is in steady state and only the state mean is propagated.
 * The series must have no missing values; {@link KalmanFilter} handles those.
 *
 * <p>In steady state with an invertible MA the gain is R = (1, theta_1, ...) and F = 1, so the filter is the plain
 * ARMA recursion v_t = z_t - sum phi_j z_(t-j) - sum theta_j v_(t-j); once the state has been propagated with that
 * gain for r steps (it then depends on nothing older), the rest of the series runs through the recursion over the
 * nonzero lags only: for a seasonal model with r ~ 50 and a handful of nonzero coefficients this is about ten
 * times cheaper per step than the dense state update. The switch is made only when the gain matches R to 1e-10.
 */
final class FastLikelihood {
    /** Increment size below which the covariance is treated as converged (relative to F >= 1). */
    static final double STEADY_TOL = 1e-14;

    private FastLikelihood() {
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
            if (steady) {
                for (int i = 0; i < r; i++) {
                    a[i] = phi[i] * a0 + a[i + 1] + k[i + 1] * c;
                }
                continue;
            }
            // One pass over the state for the mean, the gain, the increment and its norm (three passes before, the
            // same arithmetic in the same order, so the same bits; about 10 % less time per evaluation): a takes the
            // old gain k, w the new one; k[r] = w[r] = 0 are padding.
            double norm = w[0] * w[0];
            double w0 = w[0];
            double fNew = f + m * w0 * w0;
            double mw0 = m * w0;
            k[0] += w0 * mw0;
            double g = w0 / fNew;
            double u0 = w0 - k[0] * g;
            int last = r - 1;
            for (int i = 0; i < last; i++) {
                double kOld = k[i + 1];
                double wOld = w[i + 1];
                double kNew = kOld + wOld * mw0;
                a[i] = phi[i] * a0 + a[i + 1] + kOld * c;
                w[i] = phi[i] * u0 + wOld - kNew * g;
                k[i + 1] = kNew;
                norm += wOld * wOld;
            }
            a[last] = phi[last] * a0 + a[r] + k[r] * c;
            w[last] = phi[last] * u0 + w[r] - k[r] * g;
            m = m * fNew / f;
            f = fNew;
            if (Math.abs(m) * norm < STEADY_TOL) {
                steady = true;
                steadyAt = t + 1;
            }
        }
        out[0] = ssq;
        out[1] = sumlog;
        out[2] = steadyAt;
        return Double.isFinite(ssq) && Double.isFinite(sumlog);
    }
}
