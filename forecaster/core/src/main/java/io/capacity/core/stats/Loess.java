package io.capacity.core.stats;

/**
 * The local regression smoother inside STL (Cleveland, Cleveland, McRae and Terpenning 1990, section 3 and
 * appendix): at a point x, a weighted least-squares fit of degree 0 or 1 over the q nearest positions 1..n, with
 * tricube weights scaled by the distance to the farthest of them. When q exceeds n the distance is stretched by
 * (q - n) / 2, so a window wider than the data still smooths more, as the paper prescribes. To save time the fit
 * is evaluated every {@code jump} positions (and always at the last one) and linearly interpolated between.
 */
final class Loess {
    private final int q;
    private final int degree;
    private final int jump;
    /** Weight buffer: a fit never spans more than q points. One instance therefore serves one thread. */
    private final double[] w;

    /** @param q window (odd, >= 3), degree 0 or 1, jump >= 1 */
    Loess(int q, int degree, int jump) {
        if (q < 3 || degree < 0 || degree > 1 || jump < 1) {
            throw new IllegalArgumentException("loess needs q >= 3, degree 0 or 1, jump >= 1; got q=" + q
                    + ", degree=" + degree + ", jump=" + jump);
        }
        this.q = q;
        this.degree = degree;
        this.jump = jump;
        this.w = new double[q];
    }

    int window() {
        return q;
    }

    /** Smooths {@code y[from .. from+n)} into {@code out[outFrom .. outFrom+n)} (the ranges must not overlap). */
    void smooth(double[] y, int from, int n, double[] out, int outFrom) {
        if (n < 2) {
            out[outFrom] = y[from];
            return;
        }
        int step = Math.min(jump, n - 1);
        int last = 0;
        for (int i = 1; i <= n; i += step) {
            out[outFrom + i - 1] = fitOrKeep(y, from, n, i);
            last = i;
        }
        if (step > 1) {
            for (int i = 1; i + step <= last; i += step) {
                interpolate(out, outFrom, i, i + step);
            }
            if (last != n) {
                out[outFrom + n - 1] = fitOrKeep(y, from, n, n);
                interpolate(out, outFrom, last, n);
            }
        }
    }

    private double fitOrKeep(double[] y, int from, int n, int i) {
        int left;
        int right;
        if (q >= n) {
            left = 1;
            right = n;
        } else {
            int half = (q + 1) / 2;
            left = Math.max(1, Math.min(i - half + 1, n - q + 1));
            right = left + q - 1;
        }
        double v = fit(y, from, n, i, left, right);
        return Double.isNaN(v) ? y[from + i - 1] : v;
    }

    private static void interpolate(double[] out, int off, int a, int b) {
        double ya = out[off + a - 1];
        double delta = (out[off + b - 1] - ya) / (b - a);
        for (int j = a + 1; j < b; j++) {
            out[off + j - 1] = ya + delta * (j - a);
        }
    }

    /**
     * Fitted value at position {@code x} (1-based, may lie outside 1..n for STL's end extensions) from the points
     * {@code left..right}, or NaN when every weight is zero.
     */
    double fit(double[] y, int from, int n, double x, int left, int right) {
        double h = Math.max(x - left, right - x);
        if (q > n) {
            h += (q - n) / 2;
        }
        double sum = 0;
        for (int j = left; j <= right; j++) {
            double r = Math.abs(j - x);
            double wj = 0;
            if (r <= 0.999 * h) {
                double u = r / h;
                wj = r <= 0.001 * h ? 1 : cube(1 - u * u * u);
            }
            w[j - left] = wj;
            sum += wj;
        }
        if (sum <= 0) {
            return Double.NaN;
        }
        int k = right - left + 1;
        for (int j = 0; j < k; j++) {
            w[j] /= sum;
        }
        if (degree > 0 && h > 0) {
            tilt(w, left, k, x, n - 1.0);
        }
        double v = 0;
        for (int j = 0; j < k; j++) {
            v += w[j] * y[from + left - 1 + j];
        }
        return v;
    }

    /** Turns normalised local-constant weights into local-linear ones, unless the points are nearly coincident. */
    private static void tilt(double[] w, int left, int k, double x, double range) {
        double centre = 0;
        for (int j = 0; j < k; j++) {
            centre += w[j] * (left + j);
        }
        double spread = 0;
        for (int j = 0; j < k; j++) {
            double dj = left + j - centre;
            spread += w[j] * dj * dj;
        }
        if (Math.sqrt(spread) > 0.001 * range) {
            double b = (x - centre) / spread;
            for (int j = 0; j < k; j++) {
                w[j] *= b * (left + j - centre) + 1;
            }
        }
    }

    private static double cube(double v) {
        return v * v * v;
    }
}
