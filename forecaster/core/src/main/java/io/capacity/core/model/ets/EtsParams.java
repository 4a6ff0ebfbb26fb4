package io.capacity.core.model.ets;

/**
 * One additive-error ETS model's parameters: smoothing weights, damping and the initial states. The seasonal
 * initial states are indexed by phase of the first value; they are copied in and out.
 */
record EtsParams(Trend trend, double alpha, double beta, double gamma, double phi, double level0, double trend0,
                 double[] season0) {
    EtsParams {
        season0 = season0.clone();
    }

    @Override
    public double[] season0() {
        return season0.clone();
    }

    int period() {
        return season0.length;
    }

    boolean trended() {
        return trend == Trend.ADDITIVE || trend == Trend.DAMPED;
    }

    /** Parameters counted for AICc: weights, damping and the estimated initial states (not the seasonal ones). */
    int freeParameters() {
        int k = 2; // alpha, level0
        if (trended()) {
            k += 2;
        }
        if (trend == Trend.DAMPED) {
            k++;
        }
        if (period() > 1) {
            k++;
        }
        return k;
    }

    /** {@code phi + phi^2 + ... + phi^h}, the trend's contribution after h steps (h for an undamped trend). */
    double dampedSum(int h) {
        if (!trended()) {
            return 0;
        }
        if (trend == Trend.ADDITIVE) {
            return h;
        }
        double s = 0;
        double p = 1;
        for (int j = 1; j <= h; j++) {
            p *= phi;
            s += p;
        }
        return s;
    }
}
