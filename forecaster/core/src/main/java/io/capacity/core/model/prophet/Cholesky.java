package io.capacity.core.model.prophet;

/**
 * In-place Cholesky solve of a small symmetric positive-definite system. Hand-written because the fit solves dozens
 * of 50x50 systems per series and a matrix-object library would allocate more than it computes.
 */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * Solves {@code a x = b}, overwriting {@code a} with its factor and {@code b} with {@code x}.
     *
     * @return false when {@code a} is not numerically positive definite (nothing useful is left in the arrays)
     */
    static boolean solve(double[][] a, double[] b) {
        int p = b.length;
        for (int j = 0; j < p; j++) {
            double[] aj = a[j];
            double d = aj[j];
            for (int k = 0; k < j; k++) {
                d -= aj[k] * aj[k];
            }
            if (!(d > 0)) {
                return false;
            }
            double l = Math.sqrt(d);
            aj[j] = l;
            for (int i = j + 1; i < p; i++) {
                double[] ai = a[i];
                double s = ai[j];
                for (int k = 0; k < j; k++) {
                    s -= ai[k] * aj[k];
                }
                ai[j] = s / l;
            }
        }
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= a[i][k] * b[k];
            }
            b[i] = s / a[i][i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < p; k++) {
                s -= a[k][i] * b[k];
            }
            b[i] = s / a[i][i];
        }
        return true;
    }
}
