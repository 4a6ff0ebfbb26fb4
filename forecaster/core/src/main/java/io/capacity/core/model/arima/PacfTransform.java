package io.capacity.core.model.arima;

/**
 * Jones (1980) reparameterisation: unconstrained reals map through tanh to partial autocorrelations in (-1,1),
 * and Durbin-Levinson turns those into coefficients of a stationary AR polynomial {@code 1 - a_1 B - ... - a_k B^k}.
 * Every real vector gives a stationary polynomial, so the optimiser cannot leave the admissible region. Used for
 * MA polynomials too (with the sign flipped), which keeps them invertible.
 */
final class PacfTransform {
    /** Partial autocorrelations are kept just inside the unit interval so the inverse stays finite. */
    private static final double MAX_PACF = 0.9999;

    private PacfTransform() {
    }

    /** Unconstrained {@code raw[from..from+k)} to AR coefficients written into {@code out[to..to+k)}. */
    static void toCoefficients(double[] raw, int from, int k, double[] out, int to, double[] work) {
        for (int j = 0; j < k; j++) {
            out[to + j] = Math.tanh(raw[from + j]);
        }
        for (int j = 1; j < k; j++) {
            double a = out[to + j];
            for (int i = 0; i < j; i++) {
                work[i] = out[to + i] - a * out[to + j - 1 - i];
            }
            System.arraycopy(work, 0, out, to, j);
        }
    }

    /**
     * AR coefficients back to unconstrained values. Returns false when the polynomial is not stationary (a partial
     * autocorrelation outside (-1,1)); the offending values are then clamped so the result is still usable as a start.
     */
    static boolean toUnconstrained(double[] coef, int from, int k, double[] out, int to) {
        double[] a = new double[k];
        System.arraycopy(coef, from, a, 0, k);
        double[] pacf = new double[k];
        boolean ok = true;
        for (int j = k - 1; j >= 0; j--) {
            double r = a[j];
            if (!(Math.abs(r) < 1)) {
                ok = false;
                r = Math.copySign(MAX_PACF, r);
            }
            pacf[j] = r;
            double denom = 1 - r * r;
            double[] prev = new double[j];
            for (int i = 0; i < j; i++) {
                prev[i] = (a[i] + r * a[j - 1 - i]) / denom;
            }
            System.arraycopy(prev, 0, a, 0, j);
        }
        for (int j = 0; j < k; j++) {
            double r = Math.max(-MAX_PACF, Math.min(MAX_PACF, pacf[j]));
            out[to + j] = 0.5 * Math.log((1 + r) / (1 - r));
        }
        return ok;
    }
}
