package io.capacity.core.model.arima;

import io.capacity.core.stats.Kpss;
import io.capacity.core.stats.SeasonalStrength;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * Chooses d and D as R's auto.arima does: D by STL seasonal strength above 0.64 (at most maxSD, and only with more
 * than two seasons of data), then d by repeated KPSS tests at 5 % on the seasonally differenced series. Both agree
 * with R's nsdiffs / ndiffs on every golden series and on all 414 M4 Hourly series. Each decision is logged with
 * the statistic and how to force another value. Gaps are filled linearly (R's mstl uses na.interp), so on series
 * with missing values the strength can differ slightly from R's.
 */
final class DifferencingDecision {
    private static final Logger LOG = LoggerFactory.getLogger(DifferencingDecision.class);

    private DifferencingDecision() {
    }

    static int seasonal(String id, double[] x, AutoArimaSpec spec) {
        int m = spec.period();
        if (spec.sd() != AutoArimaSpec.AUTO) {
            LOG.info("{}: D={} as specified", id, spec.sd());
            return spec.sd();
        }
        double[] v = interpolate(x);
        if (m == 1 || spec.maxSD() == 0 || v.length <= 2 * m) {
            LOG.info("{}: D=0 (period {}, {} values: too short or non-seasonal); force with option"
                    + " seasonal_differences=1",
                    id, m, v.length);
            return 0;
        }
        int sd = 0;
        while (sd < spec.maxSD() && v.length > 2 * m) {
            double fs = SeasonalStrength.of(v, m);
            if (!(fs > SeasonalStrength.THRESHOLD)) {
                LOG.info("{}: D={} by seasonal strength {} <= {}; force with option seasonal_differences={}", id, sd,
                        round(fs), SeasonalStrength.THRESHOLD, sd + 1);
                return sd;
            }
            LOG.info("{}: seasonal strength {} > {} at D={}: differencing; force with option"
                    + " seasonal_differences={}", id,
                    round(fs), SeasonalStrength.THRESHOLD, sd, sd);
            sd++;
            v = Differencing.apply(v, Differencing.coefficients(0, 1, m));
        }
        return sd;
    }

    static int regular(String id, double[] x, int sd, AutoArimaSpec spec) {
        if (spec.d() != AutoArimaSpec.AUTO) {
            LOG.info("{}: d={} as specified", id, spec.d());
            return spec.d();
        }
        double[] v = Arrays.stream(Differencing.apply(x, Differencing.coefficients(0, sd, spec.period())))
                .filter(t -> !Double.isNaN(t)).toArray();
        int d = 0;
        while (d < spec.maxD() && v.length > 3 && !constant(v)) {
            Kpss.Result k = Kpss.test(v);
            if (!(k.pValue() < 0.05)) {
                LOG.info("{}: d={} by KPSS (stat={}, p={}, lag {}); force with option differences={}", id, d,
                        round(k.statistic()), round(k.pValue()), k.lag(), d + 1);
                return d;
            }
            LOG.info("{}: KPSS rejects level stationarity at d={} (stat={}, p={}): differencing; force with "
                    + "option differences={}", id, d, round(k.statistic()), round(k.pValue()), d);
            d++;
            v = Differencing.apply(v, Differencing.coefficients(1, 0, 1));
        }
        return d;
    }

    static boolean constant(double[] v) {
        for (double t : v) {
            if (t != v[0]) {
                return false;
            }
        }
        return true;
    }

    /** NaN removed from the ends and linearly interpolated inside, so the seasonal phase is kept. */
    static double[] interpolate(double[] x) {
        int a = 0;
        int b = x.length;
        while (a < b && Double.isNaN(x[a])) {
            a++;
        }
        while (b > a && Double.isNaN(x[b - 1])) {
            b--;
        }
        double[] v = Arrays.copyOfRange(x, a, b);
        for (int t = 0; t < v.length; t++) {
            if (Double.isNaN(v[t])) {
                int e = t;
                while (Double.isNaN(v[e])) {
                    e++;
                }
                for (int i = t; i < e; i++) {
                    v[i] = v[t - 1] + (v[e] - v[t - 1]) * (i - t + 1) / (e - t + 1);
                }
                t = e;
            }
        }
        return v;
    }

    static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
