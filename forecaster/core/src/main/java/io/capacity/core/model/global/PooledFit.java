package io.capacity.core.model.global;

/**
 * Coefficients learnt once (across a batch, or on one series), with the errors they made on their training windows.
 *
 * @param design    the regression's shape
 * @param coef      per step ahead (0-based), the {@link LagDesign#width()} coefficients, intercept first
 * @param absErrors per step ahead, a sample of the absolute training errors in window units, sorted ascending
 * @param series    series that gave training windows
 * @param windows   training windows
 */
record PooledFit(LagDesign design, double[][] coef, double[][] absErrors, int series, int windows) {

    /** The standardised forecast of {@code step} (0-based) steps ahead from a window's features. */
    double predict(int step, double[] features) {
        double[] b = coef[step];
        double z = 0;
        for (int j = 0; j < b.length; j++) {
            z += b[j] * features[j];
        }
        return z;
    }

    /**
     * Half-width of the central interval at {@code level} percent, {@code step} (0-based) steps ahead, in window
     * units: the ceil((m + 1) * level / 100)-th smallest of the m training errors (capped at the largest).
     */
    double halfWidth(int step, double level) {
        double[] e = absErrors[step];
        if (e.length == 0) {
            return 0;
        }
        int k = (int) Math.ceil((e.length + 1) * level / 100.0);
        return e[Math.min(Math.max(k, 1), e.length) - 1];
    }
}
