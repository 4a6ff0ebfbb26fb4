package io.capacity.core.model.arima;

import java.util.Random;

/** Seeded simulation of seasonal ARIMA paths for recovery tests. */
final class Simulate {
    private Simulate() {
    }

    /**
     * ARIMA path of length n (after a burn-in of 500) with innovation sd {@code sigma}, coefficients in the
     * layout of {@link ArimaOrder} (ar, ma, sar, sma).
     */
    static double[] arima(ArimaOrder o, double[] coef, double sigma, int n, long seed) {
        Random rnd = new Random(seed);
        int burn = 500;
        int total = n + burn;
        double[] phi = new double[Math.max(1, o.fullAr())];
        double[] theta = new double[Math.max(1, o.fullMa())];
        ArmaPolynomials.expandAr(o, coef, 0, o.p() + o.q(), phi);
        ArmaPolynomials.expandMa(o, coef, o.p(), o.p() + o.q() + o.sp(), theta);
        double[] e = new double[total];
        double[] w = new double[total];
        for (int t = 0; t < total; t++) {
            e[t] = sigma * rnd.nextGaussian();
            double v = e[t];
            for (int k = 1; k <= o.fullAr() && k <= t; k++) {
                v += phi[k - 1] * w[t - k];
            }
            for (int k = 1; k <= o.fullMa() && k <= t; k++) {
                v += theta[k - 1] * e[t - k];
            }
            w[t] = v;
        }
        double[] delta = Differencing.coefficients(o.d(), o.sd(), o.period());
        double[] y = new double[total];
        for (int t = 0; t < total; t++) {
            double v = w[t];
            for (int i = 0; i < delta.length && i < t; i++) {
                v += delta[i] * y[t - 1 - i];
            }
            y[t] = v;
        }
        return java.util.Arrays.copyOfRange(y, burn, total);
    }
}
