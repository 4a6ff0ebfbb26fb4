package io.capacity.core.model.ets;

/**
 * The state recursion of additive-error ETS (Hyndman et al. 2008, table 2.2): with level l, trend b, damping phi
 * and season s, {@code yhat = l + phi b + s[t-m]}, {@code e = y - yhat}, then {@code l' = l + phi b + alpha e},
 * {@code b' = phi b + beta e}, {@code s[t] = s[t-m] + gamma e}. One pass gives fitted values and final states.
 */
final class EtsRecursion {
    final double[] fitted;
    final double level;
    final double slope;
    /** Seasonal states for the next {@code m} steps, next step first. */
    final double[] season;
    final double sse;

    private EtsRecursion(double[] fitted, double level, double slope, double[] season, double sse) {
        this.fitted = fitted;
        this.level = level;
        this.slope = slope;
        this.season = season;
        this.sse = sse;
    }

    static EtsRecursion run(double[] y, EtsParams p) {
        int m = p.period();
        double phi = p.trend() == Trend.DAMPED ? p.phi() : 1;
        double b = p.trended() ? p.trend0() : 0;
        double l = p.level0();
        double[] s = p.season0(); // ring buffer: s[t % m] is the state for time t
        double[] fitted = new double[y.length];
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            double seas = m > 1 ? s[t % m] : 0;
            double f = l + phi * b + seas;
            fitted[t] = f;
            double e = y[t] - f;
            sse += e * e;
            double newLevel = l + phi * b + p.alpha() * e;
            b = phi * b + p.beta() * e;
            l = newLevel;
            if (m > 1) {
                s[t % m] = seas + p.gamma() * e;
            }
        }
        double[] next = new double[Math.max(m, 1)];
        for (int i = 0; i < next.length; i++) {
            next[i] = m > 1 ? s[(y.length + i) % m] : 0;
        }
        return new EtsRecursion(fitted, l, b, next, sse);
    }

    /**
     * The sum of squared errors alone, as {@link #run} computes it (the same operations in the same order, so the
     * same bits), for the optimiser, which evaluates it thousands of times per fit: no fitted values are kept, the
     * parameters are read once, and the season index runs on instead of a remainder per step.
     */
    static double sse(double[] y, EtsParams p) {
        int m = p.period();
        double phi = p.trend() == Trend.DAMPED ? p.phi() : 1;
        double alpha = p.alpha();
        double beta = p.beta();
        double gamma = p.gamma();
        double b = p.trended() ? p.trend0() : 0;
        double l = p.level0();
        double[] s = p.season0();
        double sse = 0;
        if (m > 1) {
            int j = 0;
            for (double yt : y) {
                double seas = s[j];
                double f = l + phi * b + seas;
                double e = yt - f;
                sse += e * e;
                double newLevel = l + phi * b + alpha * e;
                b = phi * b + beta * e;
                l = newLevel;
                s[j] = seas + gamma * e;
                if (++j == m) {
                    j = 0;
                }
            }
            return sse;
        }
        for (double yt : y) {
            double f = l + phi * b + 0;
            double e = yt - f;
            sse += e * e;
            double newLevel = l + phi * b + alpha * e;
            b = phi * b + beta * e;
            l = newLevel;
        }
        return sse;
    }
}
