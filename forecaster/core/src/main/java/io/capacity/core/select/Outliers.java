package io.capacity.core.select;

import java.util.Arrays;

/**
 * Spikes in a history: values whose seasonal difference {@code y[t] - y[t-m]} lies more than {@code k} robust
 * standard deviations (1.4826 MAD) from the median difference. Only counted for the grade: the backtest MASE and
 * the conformal quantiles are already insensitive to a few of them, and replacing data silently is what the gap
 * report exists to avoid.
 */
final class Outliers {
    static final double K = 6;

    private Outliers() {
    }

    /** Indices of outlying values, or an empty array when the series is too short or its differences are flat. */
    static int[] find(double[] y, int season) {
        int m = y.length > 2 * season ? season : 1;
        if (y.length <= m + 2) {
            return new int[0];
        }
        double[] d = new double[y.length - m];
        for (int t = m; t < y.length; t++) {
            d[t - m] = y[t] - y[t - m];
        }
        double med = median(d);
        double[] dev = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            dev[i] = Math.abs(d[i] - med);
        }
        double scale = 1.4826 * median(dev);
        if (scale == 0) {
            return new int[0];
        }
        return java.util.stream.IntStream.range(0, d.length).filter(i -> dev[i] > K * scale).map(i -> i + m)
                .toArray();
    }

    private static double median(double[] a) {
        double[] c = a.clone();
        Arrays.sort(c);
        int h = c.length / 2;
        return c.length % 2 == 1 ? c[h] : (c[h - 1] + c[h]) / 2;
    }
}
