package io.capacity.core.model.arima;

/**
 * Autocovariances of a stationary AR(p) with unit innovation variance, phi(B) u = e, in O(p^2 + len * p): the
 * coefficients are stepped down to partial autocorrelations pi_k (as {@link PacfTransform} does), Durbin-Levinson
 * rebuilds the autocorrelations from them, and gamma(0) = 1 / prod(1 - pi_k^2). Beyond lag p the AR recursion
 * extends them.
 */
final class ArAutocovariance {
    private ArAutocovariance() {
    }

    /** gamma(0..len-1), len > p; null when some |pi_k| >= 1 (not stationary). */
    static double[] of(double[] phi, int p, int len) {
        double[] pacf = new double[p];
        double[] a = java.util.Arrays.copyOf(phi, p);
        double[] prev = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double r = a[j];
            if (!(Math.abs(r) < 1)) {
                return null;
            }
            pacf[j] = r;
            double denom = 1 - r * r;
            for (int i = 0; i < j; i++) {
                prev[i] = (a[i] + r * a[j - 1 - i]) / denom;
            }
            System.arraycopy(prev, 0, a, 0, j);
        }
        double[] rho = new double[len];
        rho[0] = 1;
        double v = 1;
        double[] cur = new double[p];
        for (int k = 1; k <= p; k++) {
            double pk = pacf[k - 1];
            double s = pk * v;
            for (int j = 1; j < k; j++) {
                s += cur[j - 1] * rho[k - j];
            }
            rho[k] = s;
            for (int j = 1; j < k; j++) {
                prev[j - 1] = cur[j - 1] - pk * cur[k - j - 1];
            }
            System.arraycopy(prev, 0, cur, 0, k - 1);
            cur[k - 1] = pk;
            v *= 1 - pk * pk;
        }
        if (!(v > 0)) {
            return null;
        }
        for (int k = p + 1; k < len; k++) {
            double s = 0;
            for (int j = 1; j <= p; j++) {
                s += phi[j - 1] * rho[k - j];
            }
            rho[k] = s;
        }
        for (int k = 0; k < len; k++) {
            rho[k] /= v;
        }
        return rho;
    }
}
