package io.capacity.core.model.arima;

/**
 * Stationary covariance of the Harvey state vector of an ARMA with unit innovation variance.
 *
 * <p>The state is {@code x_t[0] = w_t}, {@code x_t[i] = sum_{j>i} phi_j w_(t+i-j) + sum_{j>=i} theta_j e_(t+i-j)},
 * so its first row follows from the autocovariances gamma and psi weights in O(r^2). Instead of solving the
 * Lyapunov equation P = T P T' + R R' as a dense r^2 system (O(r^6), or O(r^4) with Gardner's method), the
 * companion structure of T lets every other entry be read off the first row by a backward recursion along the
 * diagonals, again O(r^2). Only the first row is needed by the fast likelihood.
 */
final class ArmaCovariance {
    private ArmaCovariance() {
    }

    /**
     * Writes {@code P0[0][0..r)} into {@code row}; returns false if the AR part is (numerically) non-stationary.
     */
    static boolean firstRow(double[] phi, int p, double[] theta, int q, int r, double[] row) {
        double[] psi = ArmaPolynomials.psi(phi, p, theta, q, r + 1);
        double[] gamma = autocovariances(phi, p, theta, q, r);
        if (gamma == null) {
            return false;
        }
        row[0] = gamma[0];
        for (int i = 1; i < r; i++) {
            double s = 0;
            for (int j = i + 1; j <= p; j++) {
                s += phi[j - 1] * gamma[j - i];
            }
            for (int j = i; j <= q; j++) {
                s += theta[j - 1] * psi[j - i];
            }
            row[i] = s;
        }
        return gamma[0] > 0 && Double.isFinite(gamma[0]);
    }

    /** Full r x r stationary covariance, row-major; null if non-stationary. */
    static double[] full(double[] phi, int p, double[] theta, int q, int r) {
        double[] row = new double[r];
        if (!firstRow(phi, p, theta, q, r, row)) {
            return null;
        }
        double[] pm = new double[r * r];
        System.arraycopy(row, 0, pm, 0, r);
        for (int i = 1; i < r; i++) {
            pm[i * r] = row[i];
        }
        double p00 = row[0];
        for (int i = r - 1; i >= 1; i--) {
            for (int j = r - 1; j >= i; j--) {
                double fi = i < p ? phi[i] : 0;
                double fj = j < p ? phi[j] : 0;
                double ri = i <= q ? theta[i - 1] : 0;
                double rj = j <= q ? theta[j - 1] : 0;
                double v = fi * fj * p00 + ri * rj;
                if (j + 1 < r) {
                    v += fi * row[j + 1] + fj * row[i + 1] + pm[(i + 1) * r + j + 1];
                } else if (i + 1 < r) {
                    v += fj * row[i + 1];
                }
                pm[i * r + j] = v;
                pm[j * r + i] = v;
            }
        }
        return pm;
    }

    /**
     * gamma(0..r-1) (at least gamma(0..p)); null when the AR part is not stationary.
     *
     * <p>Rather than solving the (p+1)-dimensional Yule-Walker-type system (O(p^3): 45k operations per likelihood
     * evaluation for a seasonal AR of order 50), the pure AR's autocovariances come from its partial
     * autocorrelations (step-down, then Durbin-Levinson up, O(p^2)) and the MA is applied as
     * gamma(k) = sum_ij theta_i theta_j gamma_AR(k + j - i) over the nonzero MA lags only.
     */
    static double[] autocovariances(double[] phi, int p, double[] theta, int q, int r) {
        int len = Math.max(r, p + 1);
        double[] ar = ArAutocovariance.of(phi, p, len + q);
        if (ar == null) {
            return null;
        }
        int[] lag = new int[q + 1];
        double[] w = new double[q + 1];
        int nz = 0;
        lag[nz] = 0;
        w[nz++] = 1;
        for (int j = 1; j <= q; j++) {
            if (theta[j - 1] != 0.0) {
                lag[nz] = j;
                w[nz++] = theta[j - 1];
            }
        }
        double[] gamma = new double[len];
        for (int k = 0; k < len; k++) {
            double s = 0;
            for (int a = 0; a < nz; a++) {
                for (int b = 0; b < nz; b++) {
                    s += w[a] * w[b] * ar[Math.abs(k + lag[b] - lag[a])];
                }
            }
            gamma[k] = s;
        }
        return gamma;
    }
}
