package io.capacity.core.model.arima;

/**
 * The differencing filter (1-B)^d (1-B^m)^D as a polynomial {@code 1 - sum a_i B^i}; {@link #coefficients} returns
 * a_1..a_(d+Dm), so undifferencing reads {@code u_t = w_t + sum a_i u_(t-i)}.
 */
final class Differencing {
    private Differencing() {
    }

    static double[] coefficients(int d, int sd, int m) {
        double[] poly = {1.0};
        for (int i = 0; i < d; i++) {
            poly = multiply(poly, 1);
        }
        for (int i = 0; i < sd; i++) {
            poly = multiply(poly, m);
        }
        double[] a = new double[poly.length - 1];
        for (int i = 1; i < poly.length; i++) {
            a[i - 1] = -poly[i];
        }
        return a;
    }

    private static double[] multiply(double[] poly, int lag) {
        double[] out = new double[poly.length + lag];
        for (int i = 0; i < poly.length; i++) {
            out[i] += poly[i];
            out[i + lag] -= poly[i];
        }
        return out;
    }

    /** Differenced series of length n - len(a); NaN wherever any input in the window is NaN. */
    static double[] apply(double[] x, double[] a) {
        int nd = a.length;
        double[] w = new double[Math.max(0, x.length - nd)];
        for (int t = nd; t < x.length; t++) {
            double s = x[t];
            for (int i = 0; i < nd; i++) {
                s -= a[i] * x[t - 1 - i];
            }
            w[t - nd] = s;
        }
        return w;
    }

    /** psi weights of 1/(1 - sum a_i B^i), the integration filter, for lags 0..len-1. */
    static double[] integrationWeights(double[] a, int len) {
        double[] psi = new double[len];
        if (len > 0) {
            psi[0] = 1;
        }
        for (int j = 1; j < len; j++) {
            double s = 0;
            for (int i = 1; i <= Math.min(j, a.length); i++) {
                s += a[i - 1] * psi[j - i];
            }
            psi[j] = s;
        }
        return psi;
    }
}
