package io.capacity.core.model.arima;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/** The roots of one ARMA factor, for the root check ({@link RootCheck}) and the cancellation check
 * ({@link NearCancel}). */
final class ArmaRoots {
    private ArmaRoots() {
    }

    /**
     * Inverse roots (re, im) of {@code 1 - sign * (c_1 z + ... + c_k z^k)}: the eigenvalues of its companion matrix.
     * Trailing zero coefficients are dropped (they add no root).
     */
    static double[][] inverse(double[] c, int from, int k, int sign) {
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
