package io.capacity.planner.sim;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Online split-conformal calibration of one decision quantity (the peak demand over a decision window): each
 * forecast of that peak is remembered until its window has passed, then the realised peak / forecast ratio joins a
 * trailing window of ratios. The calibrated bound is the forecast times the ratio of conformal rank
 * {@code ceil(level (n + 1))}, so it is calibrated on exactly what the controller consumes: the peak over the
 * window, out of sample, at the decision horizon. Sqrt-h Gaussian bands on a model's own residuals are not: they
 * assume independent one-step errors and come out far too wide or too narrow for the peak of a window.
 *
 * <p>A second tier keeps the worst ratio of the window within the full capacity ({@code bound / target}), so no
 * miss seen recently would have been a shortfall even when the quantile tier alone would plan below it. The median
 * ratio gives the expected peak, which the replay packs to the hosts' most efficient load.
 */
final class PeakCalibration {
    /** Guards 0 / 0 when demand is nil; a hundredth of one host's capacity. */
    private static final double FLOOR = 0.01;
    private final int window;
    private final double level;
    private final boolean worstTier;
    private final ArrayDeque<double[]> pending = new ArrayDeque<>();
    private final ArrayDeque<Double> ratios = new ArrayDeque<>();
    private double[] sorted = new double[0];
    private boolean dirty;

    /**
     * @param window ratios remembered (decisions)
     * @param level     in (0, 1): the conformal coverage of the bound
     * @param worstTier whether the bound also holds the worst ratio within full capacity
     */
    PeakCalibration(int window, double level, boolean worstTier) {
        if (window < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("calibration window " + window + " must be >= 1 and level " + level
                    + " in (0, 1)");
        }
        this.window = window;
        this.level = level;
        this.worstTier = worstTier;
    }

    /** Remember the forecast peak over steps {@code [from, to)}. */
    void forecast(int from, int to, double peak) {
        pending.addLast(new double[]{from, to, peak});
    }

    /**
     * Turn every forecast whose window ended by step {@code now} into a ratio; {@code truth} reads the realised
     * peaks.
     */
    void realise(int now, PeakReader truth) {
        while (!pending.isEmpty() && pending.peekFirst()[1] <= now) {
            double[] p = pending.pollFirst();
            double actual = truth.peak((int) p[0], (int) p[1]);
            ratios.addLast((actual + FLOOR) / (Math.max(0, p[2]) + FLOOR));
            if (ratios.size() > window) {
                ratios.pollFirst();
            }
            dirty = true;
        }
    }

    int size() {
        return ratios.size();
    }

    /**
     * The factor the forecast peak is multiplied by for its bound: the conformal ratio, and (with the worst tier) at
     * least the worst ratio times {@code headroom}, the planned load the bound is held to, so that the worst miss
     * still fits in full capacity. NaN before any ratio is known.
     */
    double factor(double headroom) {
        if (ratios.isEmpty()) {
            return Double.NaN;
        }
        double[] s = sorted();
        return worstTier ? Math.max(rank(s, level), s[s.length - 1] * headroom) : rank(s, level);
    }

    /** The median ratio: the forecast peak times this is the calibrated expected peak. NaN before any ratio. */
    double median() {
        return ratios.isEmpty() ? Double.NaN : rank(sorted(), 0.5);
    }

    private static double rank(double[] s, double q) {
        int r = (int) Math.ceil(q * (s.length + 1));
        return s[Math.max(1, Math.min(s.length, r)) - 1];
    }

    private double[] sorted() {
        if (dirty) {
            sorted = ratios.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            dirty = false;
        }
        return sorted;
    }

    /** The true peak of demand over steps {@code [from, to)}. */
    interface PeakReader {
        double peak(int from, int to);
    }
}
