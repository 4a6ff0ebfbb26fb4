package io.capacity.core.model.prophet;

import java.util.Map;

/**
 * The fitted parameters with everything needed to evaluate them at any steps, history or future. Immutable: arrays
 * are never exposed.
 *
 * @param cpTimes changepoint times on the scaled trend axis
 * @param theta   linear parameters in {@link Problem} order
 */
record Predictor(Features features, Scaling scaling, Growth growth, double[] cpTimes, double[] theta, double sigma,
                 ResidualAr ar) {

    Predictor withAr(ResidualAr fitted) {
        return new Predictor(features, scaling, growth, cpTimes, theta, sigma, fitted);
    }

    /** Point forecast in scaled units for {@code h} steps after the history, residual autoregression included. */
    double[] forecastScaled(Prediction future) {
        double[] ar = this.ar.forecast(future.length());
        double[] out = new double[future.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = future.yhat(i) + ar[i];
        }
        return out;
    }


    double rate() {
        return theta[0];
    }

    double delta(int j) {
        return theta[2 + j];
    }

    int changepointCount() {
        return cpTimes.length;
    }

    Prediction predict(int from, int to, Map<String, double[]> future) {
        Columns cols = features.build(from, to, future);
        int len = to - from;
        double[] z = new double[len];
        double[] trend = new double[len];
        double[] mult = new double[len];
        double[] add = new double[len];
        double[] cap = growth == Growth.LOGISTIC ? new double[len] : null;
        int f0 = 2 + cpTimes.length;
        for (int i = 0; i < len; i++) {
            double t = features.axis().scaled(from + i);
            double zi = theta[0] * t + theta[1];
            for (int j = 0; j < cpTimes.length; j++) {
                zi += theta[2 + j] * Math.max(0.0, t - cpTimes[j]);
            }
            z[i] = zi;
            if (cap != null) {
                cap[i] = scaling.capScaled(from + i);
                trend[i] = cap[i] / (1 + Math.exp(-zi));
            } else {
                trend[i] = zi;
            }
        }
        for (int c = 0; c < cols.count(); c++) {
            double b = theta[f0 + c];
            double[] target = cols.multiplicative()[c] ? mult : add;
            double[] v = cols.values()[c];
            for (int i = 0; i < len; i++) {
                target[i] += b * v[i];
            }
        }
        return new Prediction(from, z, trend, mult, add, cap);
    }

    /**
     * One named component over {@code [from, to)}: additive ones in the units of the series, multiplicative ones as
     * a fraction of the trend, {@code "trend"} in the units of the series.
     */
    double[] component(String name, int from, int to, Map<String, double[]> future) {
        Prediction p = predict(from, to, future);
        double[] out = new double[to - from];
        if (name.equals("trend")) {
            for (int i = 0; i < out.length; i++) {
                out[i] = scaling.fromScaled(from + i, p.trend()[i]);
            }
            return out;
        }
        Columns cols = features.build(from, to, future);
        boolean found = false;
        for (int c = 0; c < cols.count(); c++) {
            if (!cols.component()[c].equals(name)) {
                continue;
            }
            found = true;
            double b = theta[2 + cpTimes.length + c] * (cols.multiplicative()[c] ? 1.0 : scaling.scale());
            for (int i = 0; i < out.length; i++) {
                out[i] += b * cols.values()[c][i];
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no component named '" + name + "'");
        }
        return out;
    }
}
