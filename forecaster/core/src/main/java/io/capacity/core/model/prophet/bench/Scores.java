package io.capacity.core.model.prophet.bench;

/** M4's accuracy measures for one series and one forecast. */
record Scores(double mase, double smape, double coverage95, double coverage80) {

    /** MASE scaled by the in-sample seasonal-naive MAE at period {@code m} (M4's definition). */
    static double mase(double[] train, double[] actual, double[] forecast, int m) {
        double scale = 0;
        for (int i = m; i < train.length; i++) {
            scale += Math.abs(train[i] - train[i - m]);
        }
        scale /= train.length - m;
        double err = 0;
        for (int i = 0; i < actual.length; i++) {
            err += Math.abs(actual[i] - forecast[i]);
        }
        return err / actual.length / scale;
    }

    static double smape(double[] actual, double[] forecast) {
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double den = Math.abs(actual[i]) + Math.abs(forecast[i]);
            s += den == 0 ? 0 : 200 * Math.abs(actual[i] - forecast[i]) / den;
        }
        return s / actual.length;
    }

    static double coverage(double[] actual, double[] lower, double[] upper) {
        int in = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= lower[i] && actual[i] <= upper[i]) {
                in++;
            }
        }
        return in / (double) actual.length;
    }

    /** Seasonal naive: the last full season repeated. */
    static double[] seasonalNaive(double[] train, int m, int h) {
        double[] f = new double[h];
        for (int i = 0; i < h; i++) {
            f[i] = train[train.length - m + i % m];
        }
        return f;
    }
}
