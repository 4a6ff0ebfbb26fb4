package io.capacity.core.select;

import io.capacity.core.backtest.WindowResult;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Intervals;
import io.capacity.core.forecast.PredictionInterval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Split-conformal interval widths from backtest errors. Each backtest step gives a score: the absolute error
 * divided by the model's own standard error at that step (read off its 95 % interval), so the shape of the
 * intervals over the horizon stays the model's while their width is what the held-out errors say. Pooling the
 * scores over steps is what makes a few windows enough. Without a usable standard error (a zero-width model) the
 * scores are plain absolute errors.
 *
 * <p>The scores of one window are strongly dependent (one level shift moves all 48 errors), so a few windows give
 * a noisy quantile: on M4 Hourly, pure conformal intervals from 3 windows covered 86-90 % where 95 % was asked, the
 * models' own ones 95-98 %. The applied multiplier is therefore shrunk geometrically towards the model's own
 * Gaussian one, {@code q_conformal^w * z^(1-w)} with {@code w = weight}.
 *
 * <p>That shrinkage may widen the backtest's quantile at {@code level} by at most {@link #maxWidening(double)},
 * {@code 1 + 0.25 z^2 sqrt(48 / window)} for windows of {@code window} steps, {@code z} the level's normal quantile
 * (95 %: 1.96 at 48 steps, 1.39 at 288; 80 %: 1.41 and 1.17). Where a model's own band is far wider than its
 * backtest errors (day-ahead forecasts at 5 minutes, whose models' bands grow over 288 steps as if errors
 * accumulated that long), an uncapped pull towards it left the automatic choice's 80 % intervals covering 86-94 %
 * and its 95 % ones 95-98 % on NAB, the Azure VMs and the datacenter aggregates (issue 19). What the widening
 * corrects is the optimism of calibrating on the very windows the candidates were ranked on: it is the larger the
 * fewer steps a window has (a ranking over more steps is less lucky) and the further into the tail the quantile
 * lies (a 95 % quantile of a few dependent windows rests on a handful of their errors, an 80 % one on many). The
 * cap used to be one factor for every level, {@code 1 + 0.5 sqrt(48 / window)}, with weight 0.5: on the same
 * backtests (docs/benchmarks.md) the automatic choice's 95 % intervals covered M4 Hourly 0.936 and the aggregates
 * 0.917; with the cap by level and weight 0.3, 0.949 and 0.941, the 80 % ones within 0.02 of nominal on M4, NAB and
 * the aggregates, and MSIS lower on all four sets (docs/architecture.md). Narrowing, where the model's band is the
 * narrower, is left as it was; a calibration read back without its window length (0) is not capped, as before.
 *
 * @param scaled whether scores are errors over standard errors
 * @param scores sorted ascending
 * @param weight of the conformal quantile against the model's own multiplier, in [0, 1] (1 = pure conformal);
 *               absolute scores have no model multiplier and always use the pure quantile
 * @param window steps per backtest window the scores come from (the horizon), 0 when unknown (no widening cap)
 *               <p>Public so a cached choice ({@link ChosenSpec}) can be kept outside the core and read back.
 */
public record Conformal(boolean scaled, double[] scores, double weight, int window) {
    /** The default weight of the backtest quantile; see the class comment for the measurement behind it. */
    static final double WEIGHT = 0.3;
    private static final double Z95 = Intervals.normalQuantile(95);
    /** Steps per window the widening cap is stated for: M4 Hourly's horizon, where it was first measured. */
    private static final double WIDENING_STEPS = 48;
    /** Fewer scores than this cannot place even a 90 % quantile below the maximum. */
    static final int MIN_SCORES = 10;

    public Conformal {
        scores = scores.clone();
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("conformal weight must be in [0, 1], got " + weight);
        }
        if (window < 0) {
            throw new IllegalArgumentException("conformal window must be 0 (unknown) or positive, got " + window);
        }
    }

    /** A calibration whose window length is unknown (read back from before it was kept): its widening is not capped. */
    public Conformal(boolean scaled, double[] scores, double weight) {
        this(scaled, scores, weight, 0);
    }

    Conformal withWeight(double w) {
        return new Conformal(scaled, scores, w, window);
    }

    /**
     * The most the shrinkage towards the model's own multiplier may widen the backtest quantile at {@code level}, as
     * a factor: {@code 1 + 0.25 z^2 sqrt(48 / window)} with {@code z} the level's normal quantile (at 95 %: 1.96 for
     * windows of 48 steps, 1.39 for 288); unbounded for an unknown window.
     */
    public double maxWidening(double level) {
        if (window <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double z = Intervals.normalQuantile(level);
        return 1 + 0.25 * z * z * Math.sqrt(WIDENING_STEPS / window);
    }

    /**
     * The multiplier applied at {@code level}: for scaled scores the blend, widening the backtest quantile by at most
     * {@link #maxWidening(double)}; the raw quantile otherwise.
     */
    double multiplier(double level) {
        double q = quantile(level);
        if (!scaled) {
            return q;
        }
        double blend = Math.pow(q, weight) * Math.pow(Intervals.normalQuantile(level), 1 - weight);
        return window > 0 ? Math.min(blend, q * maxWidening(level)) : blend;
    }

    /** Calibration from windows whose forecasts carry a 95 % interval; null when there are too few scores. */
    static Conformal fit(List<WindowResult> windows) {
        List<Double> scaledScores = new ArrayList<>();
        List<Double> absolute = new ArrayList<>();
        for (WindowResult w : windows) {
            double[] y = w.actual();
            double[] f = w.forecast().mean();
            PredictionInterval pi = w.forecast().interval(95).orElseThrow();
            for (int i = 0; i < y.length; i++) {
                double err = Math.abs(y[i] - f[i]);
                double sd = (pi.upper(i) - pi.lower(i)) / (2 * Z95);
                absolute.add(err);
                if (sd > 0) {
                    scaledScores.add(err / sd);
                }
            }
        }
        boolean scaled = scaledScores.size() == absolute.size();
        List<Double> chosen = scaled ? scaledScores : absolute;
        if (chosen.size() < MIN_SCORES) {
            return null;
        }
        double[] s = chosen.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Conformal(scaled, s, WEIGHT, windows.get(0).actual().length);
    }

    /** The ceil((N+1) * level)-th smallest score, the finite-sample split-conformal quantile (capped at the max). */
    double quantile(double level) {
        int n = scores.length;
        int k = (int) Math.ceil((n + 1) * level / 100.0);
        return scores[Math.min(Math.max(k, 1), n) - 1];
    }

    /** Replaces each interval of {@code raw} (which must include 95) with mean ± quantile × scale. */
    Forecast apply(Forecast raw) {
        double[] mean = raw.mean();
        PredictionInterval p95 = raw.interval(95).orElseThrow();
        List<PredictionInterval> pis = new ArrayList<>();
        for (PredictionInterval pi : raw.intervals()) {
            double q = multiplier(pi.level());
            double[] lo = new double[mean.length];
            double[] hi = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                double unit = scaled ? (p95.upper(i) - p95.lower(i)) / (2 * Z95) : 1;
                lo[i] = mean[i] - q * unit;
                hi[i] = mean[i] + q * unit;
            }
            pis.add(new PredictionInterval(pi.level(), lo, hi));
        }
        return raw.withIntervals(pis);
    }

    /**
     * The share of the backtest's scores inside the interval applied at {@code level}: the coverage the calibrated
     * band had on the held-out windows it was calibrated on (in-sample for the calibration, so an optimistic figure).
     */
    public double coverage(double level) {
        if (scores.length == 0) {
            return Double.NaN;
        }
        double m = multiplier(level);
        int inside = 0;
        for (double s : scores) {
            inside += s <= m ? 1 : 0;
        }
        return inside / (double) scores.length;
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    int size() {
        return scores.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conformal c && c.scaled == scaled && Arrays.equals(c.scores, scores)
                && c.weight == weight && c.window == window;
    }

    @Override
    public int hashCode() {
        return ((Boolean.hashCode(scaled) * 31 + Arrays.hashCode(scores)) * 31 + Double.hashCode(weight)) * 31
                + window;
    }

    @Override
    public String toString() {
        return "Conformal[" + (scaled ? "scaled" : "absolute") + ", " + scores.length + " scores, weight " + weight
                + ", window " + window + "]";
    }
}
