package io.capacity.core.model.arima;

/**
 * Expands the multiplicative seasonal form into one ARMA: phi(B) = (1 - sum a_i B^i)(1 - sum A_j B^(jm)) and
 * theta(B) = (1 + sum b_i B^i)(1 + sum B_j B^(jm)). Coefficients are written in the "phi_k multiplies y_(t-k)"
 * convention, so the model reads {@code w_t = sum phi_k w_(t-k) + e_t + sum theta_k e_(t-k)}.
 */
final class ArmaPolynomials {
    private ArmaPolynomials() {
    }

    /** Expanded AR coefficients phi_1..phi_(p+Pm) from ar (p) and sar (P), read from {@code c} at the offsets. */
    static void expandAr(ArimaOrder o, double[] c, int arAt, int sarAt, double[] phi) {
        int m = o.period();
        java.util.Arrays.fill(phi, 0, o.fullAr(), 0.0);
        for (int i = 0; i < o.p(); i++) {
            phi[i] = c[arAt + i];
        }
        for (int j = 0; j < o.sp(); j++) {
            double s = c[sarAt + j];
            int lag = (j + 1) * m;
            phi[lag - 1] += s;
            for (int i = 0; i < o.p(); i++) {
                phi[lag + i] -= c[arAt + i] * s;
            }
        }
    }

    /** Expanded MA coefficients theta_1..theta_(q+Qm). */
    static void expandMa(ArimaOrder o, double[] c, int maAt, int smaAt, double[] theta) {
        int m = o.period();
        java.util.Arrays.fill(theta, 0, o.fullMa(), 0.0);
        for (int i = 0; i < o.q(); i++) {
            theta[i] = c[maAt + i];
        }
        for (int j = 0; j < o.sq(); j++) {
            double s = c[smaAt + j];
            int lag = (j + 1) * m;
            theta[lag - 1] += s;
            for (int i = 0; i < o.q(); i++) {
                theta[lag + i] += c[maAt + i] * s;
            }
        }
    }

    /** Indices k (0-based, lag k+1) where {@code coef[k]} is non-zero, for sparse recursions. */
    static int nonZero(double[] coef, int len, int[] idx) {
        int n = 0;
        for (int k = 0; k < len; k++) {
            if (coef[k] != 0.0) {
                idx[n++] = k;
            }
        }
        return n;
    }

    /** psi weights psi_0..psi_(len-1) of theta(B)/phi(B). */
    static double[] psi(double[] phi, int p, double[] theta, int q, int len) {
        double[] psi = new double[len];
        if (len == 0) {
            return psi;
        }
        psi[0] = 1;
        for (int j = 1; j < len; j++) {
            double s = j <= q ? theta[j - 1] : 0;
            for (int i = 1; i <= Math.min(j, p); i++) {
                s += phi[i - 1] * psi[j - i];
            }
            psi[j] = s;
        }
        return psi;
    }
}
