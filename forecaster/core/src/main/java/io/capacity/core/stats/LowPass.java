package io.capacity.core.stats;

/**
 * STL's step 3: the low-pass filter of the extended cycle-subseries, moving averages of length m, m and 3 (which
 * together take the 2m extension values back off) followed by a loess, so that subtracting it removes from the
 * seasonal part whatever low-frequency power the subseries smoothing let through.
 */
final class LowPass {
    private LowPass() {
    }

    /** {@code c} has n + 2m values; writes n values to {@code out}; {@code scratch} needs n + 2m. */
    static void apply(double[] c, int n, int m, Loess loess, double[] out, double[] scratch) {
        int len1 = movingAverage(c, n + 2 * m, m, out);
        int len2 = movingAverage(out, len1, m, scratch);
        int len3 = movingAverage(scratch, len2, 3, out);
        System.arraycopy(out, 0, scratch, 0, len3);
        loess.smooth(scratch, 0, n, out, 0);
    }

    /** Means of {@code len} consecutive values, written to out; returns how many (n - len + 1). */
    static int movingAverage(double[] x, int n, int len, double[] out) {
        int count = n - len + 1;
        double sum = 0;
        for (int i = 0; i < len; i++) {
            sum += x[i];
        }
        out[0] = sum / len;
        for (int i = 1; i < count; i++) {
            sum = sum - x[i - 1] + x[i + len - 1];
            out[i] = sum / len;
        }
        return count;
    }
}
