package io.capacity.core.model.prophet;

import io.capacity.core.series.TimeSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a spec and a series into a {@link ProphetModel}: features, scaling, MAP fit, interval calibration. */
final class ProphetFitter {
    private ProphetFitter() {
    }

    static ProphetModel fit(ProphetSpec spec, TimeSeries series) {
        PointFit point = fitPoint(spec, series);
        NoiseCalibration cal = spec.intervalMethod() == IntervalMethod.BACKTEST
                ? NoiseCalibration.backtest(spec, series, point.predictor().features().seasonalities())
                : NoiseCalibration.inSample();
        return new ProphetModel(spec, series, point.predictor(), point.estimate(), cal);
    }

    /** The fitted point model with the optimiser's diagnostics. */
    record PointFit(Predictor predictor, MapEstimate estimate) {
    }

    /** The point model alone: what the backtest calibration refits on shorter histories. */
    static PointFit fitPoint(ProphetSpec spec, TimeSeries series) {
        int n = series.size();
        double[] y = series.values();
        int[] observed = observedIndices(y, series.id());
        Instant origin = series.hasTimestamps() ? series.start() : Instant.EPOCH;
        TimeAxis axis = new TimeAxis(origin, series.step(), n);
        List<ScaledRegressor> regs = new ArrayList<>();
        for (Regressor r : spec.regressors()) {
            regs.add(ScaledRegressor.of(r, n, spec.seasonalityMode()));
        }
        Features features = new Features(axis, AutoSeasonality.resolve(spec, axis, series.id()), spec.events(), regs,
                spec.seasonalityMode());
        Scaling scaling = Scaling.of(y, spec.growth() == Growth.LOGISTIC ? spec.saturation() : null);
        int[] cps = Changepoints.indices(spec, n, series.id());
        double[] cpTimes = new double[cps.length];
        for (int j = 0; j < cps.length; j++) {
            cpTimes[j] = axis.scaled(cps[j]);
        }
        Problem pb = problem(spec, axis, features.build(0, n, Map.of()), scaling, y, observed, cpTimes);
        MapEstimate est = MapFit.fit(pb);
        Predictor pred = new Predictor(features, scaling, spec.growth(), cpTimes, est.theta(), est.sigma(),
                ResidualAr.none(), spec.trendDamping());
        if (spec.residualAr()) {
            pred = pred.withAr(ResidualAr.fit(scaledResiduals(pred, scaling, y), arLags(features, n)));
        }
        return new PointFit(pred, est);
    }

    private static double[] scaledResiduals(Predictor pred, Scaling scaling, double[] y) {
        Prediction p = pred.predict(0, y.length, Map.of());
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = scaling.toScaled(i, y[i]) - p.yhat(i);
        }
        return r;
    }

    /** Short lags plus one period of each seasonality that is a whole number of steps and fits three times. */
    private static int[] arLags(Features features, int n) {
        java.util.TreeSet<Integer> lags = new java.util.TreeSet<>();
        for (int l = 1; l <= ResidualAr.SHORT_LAGS; l++) {
            lags.add(l);
        }
        long stepNanos = features.axis().step().toNanos();
        for (Seasonality s : features.seasonalities()) {
            long periodNanos = s.period().toNanos();
            if (periodNanos % stepNanos == 0 && periodNanos / stepNanos * 3 <= n) {
                lags.add((int) (periodNanos / stepNanos));
            }
        }
        return lags.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Problem problem(ProphetSpec spec, TimeAxis axis, Columns feat, Scaling scaling, double[] y,
                                   int[] obs, double[] cpTimes) {
        int m = obs.length;
        int p = 2 + cpTimes.length + feat.count();
        double[][] cols = new double[p][];
        double[] t = new double[m];
        double[] ys = new double[m];
        double[] cap = spec.growth() == Growth.LOGISTIC ? new double[m] : null;
        for (int i = 0; i < m; i++) {
            t[i] = axis.scaled(obs[i]);
            ys[i] = scaling.toScaled(obs[i], y[obs[i]]);
            if (cap != null) {
                cap[i] = scaling.capScaled(obs[i]);
            }
        }
        cols[0] = t;
        cols[1] = new double[m];
        java.util.Arrays.fill(cols[1], 1.0);
        double[][] hinges = Changepoints.hinges(t, cpTimes);
        System.arraycopy(hinges, 0, cols, 2, hinges.length);
        boolean[] mult = new boolean[p];
        double[] prior = new double[p];
        java.util.Arrays.fill(prior, 0, 2 + cpTimes.length, Problem.TREND_PRIOR);
        for (int c = 0; c < feat.count(); c++) {
            int j = 2 + cpTimes.length + c;
            double[] col = new double[m];
            for (int i = 0; i < m; i++) {
                col[i] = feat.values()[c][obs[i]];
            }
            cols[j] = col;
            mult[j] = feat.multiplicative()[c];
            prior[j] = feat.priorScales()[c];
        }
        return new Problem(cols, cpTimes.length, ys, cap, mult, prior, spec.changepointPriorScale());
    }

    private static int[] observedIndices(double[] y, String id) {
        int count = 0;
        int[] idx = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                idx[count++] = i;
            }
        }
        if (count < 2) {
            throw new IllegalArgumentException("series " + id + " needs at least 2 finite values, has " + count);
        }
        return java.util.Arrays.copyOf(idx, count);
    }
}
