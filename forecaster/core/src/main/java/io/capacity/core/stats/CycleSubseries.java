package io.capacity.core.stats;

/**
 * STL's step 2: each of the m cycle-subseries (values at one phase of the season) smoothed by loess and extended
 * by one value before the start and one after the end, so the low-pass filter that follows has a full period of
 * margin on both sides and the seasonal estimate loses no values at the ends.
 */
final class CycleSubseries {
    private CycleSubseries() {
    }

    /**
     * Writes the smoothed, extended subseries into {@code out} (length n + 2m) in time order: out[k m + j] is
     * subseries j at its position k, where k = 0 and the last are the extensions. {@code scratch} needs
     * 2 (n / m + 2) values.
     */
    static void smooth(double[] x, int m, Loess loess, double[] out, double[] scratch) {
        int n = x.length;
        int cap = n / m + 1;
        for (int j = 0; j < m; j++) {
            int k = (n - j - 1) / m + 1;
            // scratch layout: [subseries (k) | smoothed with its two extensions (k + 2)]
            int sub = 0;
            int sm = cap + 1;
            for (int i = 0; i < k; i++) {
                scratch[sub + i] = x[j + i * m];
            }
            loess.smooth(scratch, sub, k, scratch, sm + 1);
            double before = loess.fit(scratch, sub, k, 0, 1, Math.min(loess.window(), k));
            double after = loess.fit(scratch, sub, k, k + 1, Math.max(1, k - loess.window() + 1), k);
            scratch[sm] = Double.isNaN(before) ? scratch[sm + 1] : before;
            scratch[sm + k + 1] = Double.isNaN(after) ? scratch[sm + k] : after;
            for (int i = 0; i < k + 2; i++) {
                out[i * m + j] = scratch[sm + i];
            }
        }
    }
}
