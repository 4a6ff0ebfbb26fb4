package io.capacity.core.model.prophet;

import java.util.Map;

/**
 * The fitted parameters with everything needed to evaluate them at any steps, history or future. Immutable: arrays
 * are never exposed.
 *
 * @param cpTimes changepoint times on the scaled trend axis
 * @param theta   linear parameters in {@link Problem} order
 * @param damping the trend's growth rate past the history is multiplied by this each step, in (0, 1]; 1 extends the
 *                last rate undamped (Prophet's extrapolation)
 */
record Predictor(Features features, Scaling scaling, Growth growth, double[] cpTimes, double[] theta, double sigma,
                 ResidualAr ar, double damping) {

    Predictor withAr(ResidualAr fitted) {
        return new Predictor(features, scaling, growth, cpTimes, theta, sigma, fitted, damping);
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
            double zi = trendZ(from + i);
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
     * The trend's linear predictor (the logit for logistic growth) at step {@code i}. Past the last observation with
     * {@code damping < 1}, the k-th step adds the last rate times {@code damping^k}, so the trend levels off at
     * {@code damping / (1 - damping)} steps of the last rate instead of running on (ETS's damped trend).
     */
    private double trendZ(int i) {
        int last = features.axis().n() - 1;
        if (damping >= 1 || i <= last) {
            return undampedZ(features.axis().scaled(i));
        }
        double tLast = features.axis().scaled(last);
        double rate = theta[0];
        for (int j = 0; j < cpTimes.length; j++) {
            rate += tLast > cpTimes[j] ? theta[2 + j] : 0.0;
        }
        double dt = features.axis().scaled(last + 1) - tLast;
        int k = i - last;
        return undampedZ(tLast) + rate * dt * damping * (1 - Math.pow(damping, k)) / (1 - damping);
    }

    private double undampedZ(double t) {
        double zi = theta[0] * t + theta[1];
        for (int j = 0; j < cpTimes.length; j++) {
            zi += theta[2 + j] * Math.max(0.0, t - cpTimes[j]);
        }
        return zi;
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
