package io.capacity.core.planner.sim;

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
 * <p>A second tier keeps the worst ratio of the window within the full capacity ({@code bound / packing}), so no
 * miss seen recently would have been a shortfall even when the quantile tier alone would plan below it.
 */
final class Calibration {
    /** Guards 0 / 0 when demand is nil; a hundredth of one host's capacity. */
    private static final double FLOOR = 0.01;
    private final int window;
    private final double level;
    private final ArrayDeque<double[]> pending = new ArrayDeque<>();
    private final ArrayDeque<Double> ratios = new ArrayDeque<>();
    private double[] sorted = new double[0];
    private boolean dirty;

    /**
     * @param window ratios remembered (decisions)
     * @param level  in (0, 1): the conformal coverage of the bound
     */
    Calibration(int window, double level) {
        if (window < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("calibration window " + window + " must be >= 1 and level " + level
                    + " in (0, 1)");
        }
        this.window = window;
        this.level = level;
    }

    /** Remember the forecast peak over steps {@code [from, to)}. */
    void forecast(int from, int to, double peak) {
        pending.addLast(new double[]{from, to, peak});
    }

    /** Turn every forecast whose window ended by step {@code now} into a ratio; {@code truth} reads the realised peaks. */
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
     * The factor the forecast peak is multiplied by: the conformal ratio, and at least the worst ratio times the
     * packing load. NaN before any ratio is known.
     */
    double factor(double packing) {
        if (ratios.isEmpty()) {
            return Double.NaN;
        }
        if (dirty) {
            sorted = ratios.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            dirty = false;
        }
        int rank = (int) Math.ceil(level * (sorted.length + 1));
        return Math.max(sorted[Math.min(sorted.length, rank) - 1], sorted[sorted.length - 1] * packing);
    }

    /** The true peak of demand over steps {@code [from, to)}. */
    interface PeakReader {
        double peak(int from, int to);
    }
}
