package io.capacity.core.model.prophet;

/**
 * The model evaluated over a range of steps, in scaled units: the trend's linear predictor {@code z}, the trend
 * {@code g(z)}, the multiplicative factor sum and the additive sum. Kept apart so that uncertainty simulation can
 * perturb {@code z} and recombine.
 *
 * @param cap logistic ceiling per step (scaled), null for linear growth
 */
record Prediction(int from, double[] z, double[] trend, double[] multiplicative, double[] additive, double[] cap) {

    int length() {
        return z.length;
    }

    double yhat(int i) {
        return trend[i] * (1 + multiplicative[i]) + additive[i];
    }

    /** The observation model applied to a perturbed linear predictor. */
    double yhatWith(int i, double zi) {
        double g = cap == null ? zi : cap[i] / (1 + Math.exp(-zi));
        return g * (1 + multiplicative[i]) + additive[i];
    }
}
