package io.capacity.core.model.arima;

/**
 * Whether an ARMA's AR and MA factors nearly cancel: an inverse root of the AR factor within {@link #DISTANCE} of one
 * of the MA factor, compared within the regular pair (p, q) and within the seasonal pair (P, Q, roots in B^m). Such a
 * model is nearly one with both orders one lower, its likelihood surface flat along the common factor, and exact
 * likelihood started there can drift to a root on the unit circle (the near-cancelling seasonal factors that made
 * warm-started refits worse, see {@link AutoArima}).
 */
final class NearCancel {
    /** Inverse roots closer than this (in the complex plane) count as cancelling. */
    static final double DISTANCE = 0.1;

    private NearCancel() {
    }

    static boolean near(ArimaOrder o, double[] coef) {
        int p = o.p();
        int q = o.q();
        int sp = o.sp();
        return close(ArmaRoots.inverse(coef, 0, p, 1), ArmaRoots.inverse(coef, p, q, -1))
                || close(ArmaRoots.inverse(coef, p + q, sp, 1), ArmaRoots.inverse(coef, p + q + sp, o.sq(), -1));
    }

    private static boolean close(double[][] a, double[][] b) {
        for (double[] x : a) {
            for (double[] y : b) {
                if (Math.hypot(x[0] - y[0], x[1] - y[1]) < DISTANCE) {
                    return true;
                }
            }
        }
        return false;
    }
}
