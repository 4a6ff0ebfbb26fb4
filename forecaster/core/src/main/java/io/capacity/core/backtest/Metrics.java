package io.capacity.core.backtest;

/**
 * Point and interval accuracy as the M4 competition defines them (Makridakis et al., IJF 2020, section 2.3).
 * Arrays are actuals and forecasts over one horizon; {@code scale} is {@link #seasonalNaiveScale}.
 */
public final class Metrics {
    private Metrics() {
    }

    public static double mae(double[] y, double[] f) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.abs(y[i] - f[i]);
        }
        return s / y.length;
    }

    public static double rmse(double[] y, double[] f) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (y[i] - f[i]) * (y[i] - f[i]);
        }
        return Math.sqrt(s / y.length);
    }

    /** {@code 200/h * sum |y - f| / (|y| + |f|)}, in percent; a step where both are zero counts as no error. */
    public static double smape(double[] y, double[] f) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double d = Math.abs(y[i]) + Math.abs(f[i]);
            s += d == 0 ? 0 : Math.abs(y[i] - f[i]) / d;
        }
        return 200 * s / y.length;
    }

    public static double mase(double[] y, double[] f, double scale) {
        return mae(y, f) / scale;
    }

    /** Mean scaled interval score of a central {@code 1-alpha} interval (M4 uses alpha 0.05). */
    public static double msis(double[] y, double[] lower, double[] upper, double alpha, double scale) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += upper[i] - lower[i];
            if (y[i] < lower[i]) {
                s += 2 / alpha * (lower[i] - y[i]);
            } else if (y[i] > upper[i]) {
                s += 2 / alpha * (y[i] - upper[i]);
            }
        }
        return s / y.length / scale;
    }

    /** Fraction of actuals inside {@code [lower, upper]}. */
    public static double coverage(double[] y, double[] lower, double[] upper) {
        int in = 0;
        for (int i = 0; i < y.length; i++) {
            if (lower[i] <= y[i] && y[i] <= upper[i]) {
                in++;
            }
        }
        return (double) in / y.length;
    }

    /**
     * In-sample MAE of the seasonal naive forecast, {@code mean |y_t - y_{t-m}|}, the MASE and MSIS denominator.
     * Falls back to lag 1 when the training data is not longer than one season, as M4 does for short series.
     */
    public static double seasonalNaiveScale(double[] train, int m) {
        int lag = train.length > m ? m : 1;
        double s = 0;
        for (int t = lag; t < train.length; t++) {
            s += Math.abs(train[t] - train[t - lag]);
        }
        return s / (train.length - lag);
    }
}
