package io.capacity.core.series;

/** Mean of the finite values at each phase of a season, centred to sum to zero; zero where a phase has none. */
final class SeasonalProfile {
    private SeasonalProfile() {
    }

    static double[] of(double[] y, int period) {
        double[] sum = new double[period];
        int[] count = new int[period];
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                sum[i % period] += y[i];
                count[i % period]++;
            }
        }
        double[] profile = new double[period];
        double total = 0;
        int phases = 0;
        for (int p = 0; p < period; p++) {
            if (count[p] > 0) {
                profile[p] = sum[p] / count[p];
                total += profile[p];
                phases++;
            }
        }
        double centre = total / phases;
        for (int p = 0; p < period; p++) {
            profile[p] = count[p] > 0 ? profile[p] - centre : 0;
        }
        return profile;
    }
}
