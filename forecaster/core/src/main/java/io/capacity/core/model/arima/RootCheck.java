package io.capacity.core.model.arima;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

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
        int last = k;
        while (last > 0 && Math.abs(c[from + last - 1]) < 1e-8) {
            last--;
        }
        if (last == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double maxEig;
        if (last == 1) {
            maxEig = Math.abs(c[from]);
        } else {
            double[][] comp = new double[last][last];
            for (int j = 0; j < last; j++) {
                comp[0][j] = sign * c[from + j];
            }
            for (int i = 1; i < last; i++) {
                comp[i][i - 1] = 1;
            }
            EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(comp, false));
            maxEig = 0;
            double[] re = eig.getRealEigenvalues();
            double[] im = eig.getImagEigenvalues();
            for (int i = 0; i < re.length; i++) {
                maxEig = Math.max(maxEig, Math.hypot(re[i], im[i]));
            }
        }
        return maxEig == 0 ? Double.POSITIVE_INFINITY : Math.pow(1 / maxEig, 1 / m);
    }
}
