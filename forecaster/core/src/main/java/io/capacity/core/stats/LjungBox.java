package io.capacity.core.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Ljung-Box portmanteau test. Written here rather than taken from Smile's BoxTest because model residuals need the
 * degrees of freedom reduced by the number of fitted ARMA coefficients, as R's {@code Box.test(fitdf=)}.
 */
public final class LjungBox {
    /** Statistic, lag, degrees of freedom and p-value. */
    public record Result(double statistic, int lag, int df, double pValue) {
    }

    private LjungBox() {
    }

    /** Tests {@code x} (NaN values dropped) at {@code lag} with {@code fitdf} fitted parameters. */
    public static Result test(double[] x, int lag, int fitdf) {
        double[] v = java.util.Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
        int n = v.length;
        if (lag < 1 || lag >= n) {
            throw new IllegalArgumentException("Ljung-Box lag must be in [1, " + (n - 1) + "], got " + lag);
        }
        double mean = 0;
        for (double d : v) {
            mean += d;
        }
        mean /= n;
        double c0 = 0;
        for (double d : v) {
            c0 += (d - mean) * (d - mean);
        }
        double q = 0;
        for (int k = 1; k <= lag; k++) {
            double ck = 0;
            for (int t = k; t < n; t++) {
                ck += (v[t] - mean) * (v[t - k] - mean);
            }
            double r = c0 > 0 ? ck / c0 : 0;
            q += r * r / (n - k);
        }
        q *= n * (n + 2.0);
        int df = lag - fitdf;
        double p = df > 0 ? 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(q) : Double.NaN;
        return new Result(q, lag, df, p);
    }

    /** R's {@code checkresiduals} lag: 2m for seasonal data, else 10, at most n/5, at least fitdf + 3. */
    public static int defaultLag(int n, int period, int fitdf) {
        int lag = period > 1 ? 2 * period : 10;
        lag = Math.min(lag, (int) Math.round(n / 5.0));
        return Math.max(fitdf + 3, lag);
    }
}
