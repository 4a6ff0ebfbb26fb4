package io.capacity.store.common;

import io.capacity.store.SeriesData;
import java.util.Arrays;

/**
 * Per-second non-negative rates of a counter, computed from raw points in Java so both stores agree exactly.
 *
 * <p>The rate of the interval between two consecutive points is labelled with the later point's time. A decrease
 * is a wrap when the previous value lies in the top quarter of a 32-bit counter (and not above 2^32), else in the
 * top quarter of a 64-bit counter; the increase is then counted across the wrap. Any other decrease is a reset
 * (agent restart, replaced NIC): its interval has no knowable increase and is dropped rather than guessed.
 */
public final class CounterRates {
    static final double TWO_32 = 4294967296.0;
    static final double TWO_64 = 18446744073709551616.0;
    private static final double TOP_QUARTER_32 = 0.75 * TWO_32;
    private static final double TOP_QUARTER_64 = 0.75 * TWO_64;

    private CounterRates() {
    }

    public static SeriesData of(SeriesData counter) {
        int n = counter.size();
        long[] times = new long[Math.max(0, n - 1)];
        double[] rates = new double[times.length];
        int k = 0;
        for (int i = 1; i < n; i++) {
            long dtNanos = counter.timeNanos(i) - counter.timeNanos(i - 1);
            if (dtNanos <= 0) {
                continue;
            }
            double increase = increase(counter.value(i - 1), counter.value(i));
            if (Double.isNaN(increase)) {
                continue;
            }
            times[k] = counter.timeNanos(i);
            rates[k] = increase / (dtNanos / 1e9);
            k++;
        }
        return new SeriesData(counter.key(), Arrays.copyOf(times, k), Arrays.copyOf(rates, k));
    }

    /** Increase from {@code prev} to {@code next}, across a wrap when there was one; NaN for a reset. */
    static double increase(double prev, double next) {
        if (next >= prev) {
            return next - prev;
        }
        // Subtract first: TWO_N - prev is exact for values near the top, adding next afterwards keeps it exact.
        if (prev <= TWO_32 && prev >= TOP_QUARTER_32) {
            return (TWO_32 - prev) + next;
        }
        if (prev <= TWO_64 && prev >= TOP_QUARTER_64) {
            return (TWO_64 - prev) + next;
        }
        return Double.NaN;
    }
}
