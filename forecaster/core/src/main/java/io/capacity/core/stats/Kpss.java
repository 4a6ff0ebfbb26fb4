package io.capacity.core.stats;

/**
 * KPSS test of level stationarity (Kwiatkowski et al. 1992) with a Bartlett-window long-run variance, the test
 * R's {@code ndiffs} uses: lag trunc(3 sqrt(n) / 13), p-value interpolated in the published table and clamped to
 * [0.01, 0.10] as urca's table allows.
 */
public final class Kpss {
    private static final double[] CRIT = {0.347, 0.463, 0.574, 0.739};
    private static final double[] PVAL = {0.10, 0.05, 0.025, 0.01};

    /** Statistic, lag used and interpolated p-value. */
    public record Result(double statistic, int lag, double pValue) {
    }

    private Kpss() {
    }

    /** Tests {@code x} (no NaN) for level stationarity. */
    public static Result test(double[] x) {
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("KPSS needs at least 3 values, got " + n);
        }
        int lag = (int) (3 * Math.sqrt(n) / 13);
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] e = new double[n];
        double s = 0;
        double eta = 0;
        double gamma0 = 0;
        for (int t = 0; t < n; t++) {
            e[t] = x[t] - mean;
            s += e[t];
            eta += s * s;
            gamma0 += e[t] * e[t];
        }
        double lrv = gamma0 / n;
        for (int k = 1; k <= lag; k++) {
            double c = 0;
            for (int t = k; t < n; t++) {
                c += e[t] * e[t - k];
            }
            lrv += 2 * (1 - k / (lag + 1.0)) * c / n;
        }
        double stat = eta / ((double) n * n * lrv);
        return new Result(stat, lag, pValue(stat));
    }

    static double pValue(double stat) {
        if (stat <= CRIT[0]) {
            return PVAL[0];
        }
        for (int i = 1; i < CRIT.length; i++) {
            if (stat <= CRIT[i]) {
                double f = (stat - CRIT[i - 1]) / (CRIT[i] - CRIT[i - 1]);
                return PVAL[i - 1] + f * (PVAL[i] - PVAL[i - 1]);
            }
        }
        return PVAL[PVAL.length - 1];
    }
}
