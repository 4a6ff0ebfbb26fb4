package io.capacity.core.model.arima;

/**
 * Smallest modulus among the roots of the expanded AR and MA polynomials, computed factor by factor: a seasonal
 * factor's roots in B are the m-th roots of its roots in B^m, so their modulus is |root|^(1/m). R's auto.arima
 * discards models with a root inside 1.01, whose forecasts and intervals are unreliable.
 */
final class RootCheck {
    static final double MIN_ROOT = 1.01;

    private RootCheck() {
    }

    static double minRoot(ArimaOrder o, double[] coef) {
        int p = o.p();
        int q = o.q();
        int sp = o.sp();
        double m = o.period();
        double min = Double.POSITIVE_INFINITY;
        min = Math.min(min, minRoot(coef, 0, p, 1, 1));
        min = Math.min(min, minRoot(coef, p, q, -1, 1));
        min = Math.min(min, minRoot(coef, p + q, sp, 1, m));
        min = Math.min(min, minRoot(coef, p + q + sp, o.sq(), -1, m));
        return min;
    }

    /** Roots of 1 - sign*(c_1 z + ... + c_k z^k) via the companion matrix; modulus raised to 1/m. */
    private static double minRoot(double[] c, int from, int k, int sign, double m) {
        double maxEig = 0;
        for (double[] z : ArmaRoots.inverse(c, from, k, sign)) {
            maxEig = Math.max(maxEig, Math.hypot(z[0], z[1]));
        }
        return maxEig == 0 ? Double.POSITIVE_INFINITY : Math.pow(1 / maxEig, 1 / m);
    }
}
