package io.capacity.core.model.arima;

/**
 * The full O(r^2)-per-step Kalman filter for the Harvey form with the stationary initial covariance. Used where
 * the fast recursions do not apply (missing values, which skip the update) and once per fit to produce the
 * standardised innovations and the final state and covariance that forecasting starts from.
 *
 * <p>Once the predicted covariance stops changing (checked every {@link #CHECK_EVERY} steps, to 1e-14 of F) the
 * filter is in steady state and only the mean is propagated, O(r) instead of O(r^2) per step; a missing value
 * leaves the steady state, since the covariance grows again without an update.
 */
final class KalmanFilter {
    static final int CHECK_EVERY = 8;
    static final double STEADY_TOL = 1e-14;

    private KalmanFilter() {
    }

    /** Output of one pass; covariances are for unit innovation variance. */
    record Result(double ssq, double sumlog, int nobs, double[] innovations, double[] gains, double[] predictions,
                  double[] finalState, double[] finalCovariance) {
    }

    /** Returns null when the ARMA is not stationary. NaN observations are skipped (prediction only). */
    static Result run(StateSpace ss, double[] z) {
        int r = ss.r();
        double[] pm = ArmaCovariance.full(ss.phi(), ss.p(), ss.theta(), ss.q(), r);
        if (pm == null) {
            return null;
        }
        double[] next = new double[r * r];
        double[] previous = new double[r * r];
        boolean steady = false;
        double[] a = new double[r];
        double[] innov = new double[z.length];
        double[] gains = new double[z.length];
        double[] preds = new double[z.length];
        double ssq = 0;
        double sumlog = 0;
        int nobs = 0;
        for (int t = 0; t < z.length; t++) {
            double f = pm[0];
            gains[t] = f;
            preds[t] = a[0];
            if (Double.isNaN(z[t])) {
                innov[t] = Double.NaN;
            } else {
                double v = z[t] - a[0];
                innov[t] = v;
                ssq += v * v / f;
                sumlog += Math.log(f);
                nobs++;
                for (int i = 0; i < r; i++) {
                    a[i] += pm[i] * v / f;
                }
                if (steady) {
                    ss.transition(a);
                    continue;
                }
                for (int i = 0; i < r; i++) {
                    double ki = pm[i] / f;
                    for (int j = 0; j < r; j++) {
                        next[i * r + j] = pm[i * r + j] - ki * pm[j];
                    }
                }
                System.arraycopy(next, 0, pm, 0, r * r);
            }
            steady = false;
            ss.transition(a);
            predictCovariance(ss, pm, next);
            double[] tmp = pm;
            pm = next;
            next = tmp;
            if (t % CHECK_EVERY == 0) {
                System.arraycopy(pm, 0, previous, 0, r * r);
            } else if (t % CHECK_EVERY == 1) {
                steady = unchanged(previous, pm, STEADY_TOL * pm[0]);
            }
        }
        return new Result(ssq, sumlog, nobs, innov, gains, preds, a, pm);
    }

    private static boolean unchanged(double[] a, double[] b, double tol) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > tol) {
                return false;
            }
        }
        return true;
    }

    /** out = T P T' + R R', using the companion structure of T. */
    static void predictCovariance(StateSpace ss, double[] pm, double[] out) {
        int r = ss.r();
        double p00 = pm[0];
        for (int i = 0; i < r; i++) {
            double fi = ss.phiAt(i);
            double ri = ss.loading(i);
            for (int j = i; j < r; j++) {
                double fj = ss.phiAt(j);
                double v = fi * fj * p00 + ri * ss.loading(j);
                if (j + 1 < r) {
                    v += fi * pm[j + 1] + pm[(i + 1) * r + j + 1];
                }
                if (i + 1 < r) {
                    v += fj * pm[(i + 1) * r];
                }
                out[i * r + j] = v;
                out[j * r + i] = v;
            }
        }
    }
}
