package io.capacity.core.model.global;

/**
 * The shape of the global model's regression.
 *
 * @param lags       values in each window (the features, with an intercept)
 * @param horizon    steps ahead learnt directly; longer forecasts feed the forecast back as the next window
 * @param ridge      ridge penalty per training row on each standardised coefficient (not the intercept)
 * @param stride     steps between consecutive training windows of one series
 * @param maxWindows the latest training windows kept per series (bounds the training time)
 */
public record LagDesign(int lags, int horizon, double ridge, int stride, int maxWindows) {
    /** A target further than this many window deviations from the window's mean is clipped (a level shift). */
    static final double CLIP = 20;

    public LagDesign {
        positive("lags", lags);
        positive("horizon", horizon);
        positive("stride", stride);
        positive("maxWindows", maxWindows);
        if (!(ridge >= 0) || Double.isInfinite(ridge)) {
            throw new IllegalArgumentException("ridge must be a finite number >= 0, got " + ridge);
        }
    }

    /** Number of coefficients per step ahead: the lags and an intercept. */
    int width() {
        return lags + 1;
    }

    /** Values a series needs for one training window with every target. */
    int trainingLength() {
        return lags + horizon;
    }

    /**
     * This design shrunk for fitting one series of {@code n} values on its own: at most a quarter of the history in
     * lags and in steps ahead, so at least half of it makes training windows.
     */
    LagDesign shrunkTo(int n) {
        int quarter = Math.max(1, n / 4);
        return new LagDesign(Math.min(lags, quarter), Math.min(horizon, quarter), ridge, 1, maxWindows);
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + v);
        }
    }
}
