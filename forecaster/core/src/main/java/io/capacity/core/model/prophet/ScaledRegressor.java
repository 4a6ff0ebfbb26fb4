package io.capacity.core.model.prophet;

/**
 * An extra regressor with the centre and scale taken from the history. Binary regressors (0/1 flags) are left as
 * they are so their coefficient keeps the meaning "effect when on".
 */
record ScaledRegressor(Regressor regressor, double centre, double scale, Mode mode) {

    static ScaledRegressor of(Regressor r, int n, Mode defaultMode) {
        if (r.length() < n) {
            throw new IllegalArgumentException("regressor " + r.name() + " has " + r.length()
                    + " values but the history has " + n);
        }
        Mode mode = r.mode() == null ? defaultMode : r.mode();
        boolean binary = true;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double v = r.value(i);
            binary &= v == 0.0 || v == 1.0;
            sum += v;
        }
        if (!r.standardize() || binary) {
            return new ScaledRegressor(r, 0.0, 1.0, mode);
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (r.value(i) - mean) * (r.value(i) - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0.0;
        // A constant regressor carries no information; a unit scale keeps it finite and the prior shrinks it.
        return new ScaledRegressor(r, mean, sd > 0 ? sd : 1.0, mode);
    }

    String name() {
        return regressor.name();
    }

    double scaled(double raw) {
        return (raw - centre) / scale;
    }
}
