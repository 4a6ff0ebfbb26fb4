package io.capacity.core.model.arima;

/** Dense Gaussian elimination with partial pivoting on flat row-major arrays, allocation-free for the hot path. */
final class LinearSolve {
    private LinearSolve() {
    }

    /** Solves A x = b for x, overwriting b; A is destroyed. Returns false if A is numerically singular. */
    static boolean solveInPlace(double[] a, double[] b, int n) {
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tiny = 1e-13 * Math.max(scale, 1e-300);
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r * n + c]) > Math.abs(a[piv * n + c])) {
                    piv = r;
                }
            }
            if (!(Math.abs(a[piv * n + c]) > tiny)) {
                return false;
            }
            if (piv != c) {
                for (int k = 0; k < n; k++) {
                    double t = a[c * n + k];
                    a[c * n + k] = a[piv * n + k];
                    a[piv * n + k] = t;
                }
                double t = b[c];
                b[c] = b[piv];
                b[piv] = t;
            }
            double d = a[c * n + c];
            for (int r = c + 1; r < n; r++) {
                double f = a[r * n + c] / d;
                if (f != 0) {
                    for (int k = c; k < n; k++) {
                        a[r * n + k] -= f * a[c * n + k];
                    }
                    b[r] -= f * b[c];
                }
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r * n + k] * b[k];
            }
            b[r] = s / a[r * n + r];
        }
        return true;
    }
}
