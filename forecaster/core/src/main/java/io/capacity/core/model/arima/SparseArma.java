package io.capacity.core.model.arima;

/**
 * The ARMA innovation recursion over nonzero lags only, used by {@link FastLikelihood} once its filter has reached
 * the steady state in which the two coincide.
 */
final class SparseArma {
    private SparseArma() {
    }

    /**
     * Sum of v_t^2 for t = from..n-1 with v_t = z_t - sum phi_j z_(t-j) - sum theta_j v_(t-j); {@code v} holds the
     * innovations before {@code from} (at least r of them) and receives the rest.
     */
    static double sumSquares(StateSpace ss, double[] z, double[] v, int from) {
        int[] arLag = new int[ss.p()];
        int nAr = ArmaPolynomials.nonZero(ss.phi(), ss.p(), arLag);
        int[] maLag = new int[ss.q()];
        int nMa = ArmaPolynomials.nonZero(ss.theta(), ss.q(), maLag);
        double[] phi = ss.phi();
        double[] theta = ss.theta();
        double ssq = 0;
        for (int t = from; t < z.length; t++) {
            double e = z[t];
            for (int j = 0; j < nAr; j++) {
                int k = arLag[j];
                e -= phi[k] * z[t - k - 1];
            }
            for (int j = 0; j < nMa; j++) {
                int k = maLag[j];
                e -= theta[k] * v[t - k - 1];
            }
            v[t] = e;
            ssq += e * e;
        }
        return ssq;
    }
}
