package io.capacity.core.stats;

/**
 * Strength of seasonality F_s = max(0, 1 - Var(R) / Var(S + R)) (Wang, Smith and Hyndman 2006), the statistic
 * behind R's {@code nsdiffs(test = "seas")}, which differences seasonally when F_s > 0.64.
 *
 * <p>R decomposes with STL; here a classical decomposition stands in (2 x m centred moving-average trend, seasonal
 * component as the mean detrended value per phase, centred), which needs no tuning and is O(n). On smooth
 * seasonal patterns the two agree closely; near the 0.64 threshold they can decide differently, which is why
 * every decision is logged with the override.
 */
public final class SeasonalStrength {
    public static final double THRESHOLD = 0.64;

    private SeasonalStrength() {
    }

    /** F_s of {@code x} (no NaN) at period {@code m >= 2}; needs at least two full periods. */
    public static double of(double[] x, int m) {
        int n = x.length;
        if (m < 2 || n < 2 * m) {
            throw new IllegalArgumentException("seasonal strength needs period >= 2 and two periods of data, got m="
                    + m + ", n=" + n);
        }
        double[] trend = movingAverage(x, m);
        double[] phaseSum = new double[m];
        int[] phaseCount = new int[m];
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(trend[t])) {
                phaseSum[t % m] += x[t] - trend[t];
                phaseCount[t % m]++;
            }
        }
        double[] season = new double[m];
        double avg = 0;
        for (int i = 0; i < m; i++) {
            season[i] = phaseCount[i] > 0 ? phaseSum[i] / phaseCount[i] : 0;
            avg += season[i] / m;
        }
        int cnt = 0;
        double[] rem = new double[n];
        double[] sr = new double[n];
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(trend[t])) {
                double s = season[t % m] - avg;
                rem[cnt] = x[t] - trend[t] - s;
                sr[cnt] = x[t] - trend[t];
                cnt++;
            }
        }
        double vr = variance(rem, cnt);
        double vsr = variance(sr, cnt);
        return vsr > 0 ? Math.max(0, Math.min(1, 1 - vr / vsr)) : 0;
    }

    private static double[] movingAverage(double[] x, int m) {
        int n = x.length;
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        int half = m / 2;
        boolean even = m % 2 == 0;
        for (int t = half; t < n - half; t++) {
            double s = 0;
            if (even) {
                s += 0.5 * x[t - half] + 0.5 * x[t + half];
                for (int k = -half + 1; k < half; k++) {
                    s += x[t + k];
                }
            } else {
                for (int k = -half; k <= half; k++) {
                    s += x[t + k];
                }
            }
            out[t] = s / m;
        }
        return out;
    }

    private static double variance(double[] v, int n) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += v[i];
        }
        mean /= n;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (v[i] - mean) * (v[i] - mean);
        }
        return s / (n - 1);
    }
}
