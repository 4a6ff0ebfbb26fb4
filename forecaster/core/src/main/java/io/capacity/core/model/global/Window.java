package io.capacity.core.model.global;

/**
 * One window of a series in the model's units: the last {@code lags} values before {@code end}, centred on their
 * mean and divided by their standard deviation ({@code scale}; 0 for a flat window, whose features are all zero).
 */
record Window(double center, double scale, double[] features) {

    /** Features {@code [1, z_1, ..., z_lags]} of {@code y[end - lags, end)}. */
    static Window of(double[] y, int end, int lags) {
        double mean = 0;
        for (int i = end - lags; i < end; i++) {
            mean += y[i];
        }
        mean /= lags;
        double ss = 0;
        for (int i = end - lags; i < end; i++) {
            ss += (y[i] - mean) * (y[i] - mean);
        }
        double sd = Math.sqrt(ss / lags);
        double scale = sd > 1e-9 * Math.max(1, Math.abs(mean)) ? sd : 0;
        double[] x = new double[lags + 1];
        x[0] = 1;
        if (scale > 0) {
            for (int k = 0; k < lags; k++) {
                x[k + 1] = (y[end - lags + k] - mean) / scale;
            }
        }
        return new Window(mean, scale, x);
    }

    /** {@code v} in the window's units, clipped at {@link LagDesign#CLIP}; 0 for a flat window. */
    double standardise(double v) {
        if (scale == 0) {
            return 0;
        }
        return Math.max(-LagDesign.CLIP, Math.min(LagDesign.CLIP, (v - center) / scale));
    }

    double restore(double z) {
        return center + scale * z;
    }
}
