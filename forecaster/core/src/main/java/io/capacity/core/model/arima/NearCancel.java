package io.capacity.core.model.arima;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

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
        return close(inverseRoots(coef, 0, p, 1), inverseRoots(coef, p, q, -1))
                || close(inverseRoots(coef, p + q, sp, 1), inverseRoots(coef, p + q + sp, o.sq(), -1));
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

    /**
     * Inverse roots (re, im) of {@code 1 - sign * (c_1 z + ... + c_k z^k)}: the eigenvalues of its companion matrix.
     * Trailing zero coefficients are dropped (a zero coefficient has no root to cancel).
     */
    static double[][] inverseRoots(double[] c, int from, int k, int sign) {
        int last = k;
        while (last > 0 && Math.abs(c[from + last - 1]) < 1e-8) {
            last--;
        }
        if (last == 0) {
            return new double[0][];
        }
        if (last == 1) {
            return new double[][] {{sign * c[from], 0}};
        }
        double[][] comp = new double[last][last];
        for (int j = 0; j < last; j++) {
            comp[0][j] = sign * c[from + j];
        }
        for (int i = 1; i < last; i++) {
            comp[i][i - 1] = 1;
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(comp, false));
        double[] re = eig.getRealEigenvalues();
        double[] im = eig.getImagEigenvalues();
        double[][] out = new double[last][];
        for (int i = 0; i < last; i++) {
            out[i] = new double[] {re[i], im[i]};
        }
        return out;
    }
}
