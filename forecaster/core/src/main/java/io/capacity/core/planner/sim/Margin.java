package io.capacity.core.planner.sim;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A safety margin learned from the forecasts' own recent misses: a high quantile of actual / planned upper bound
 * over a trailing window, minus one. A quantile rather than the worst miss, so one freak interval does not hold
 * hosts on for a whole window; negative when the bound has been too wide, which tightens it (an online,
 * out-of-sample recalibration, as split conformal does for the backtest).
 */
final class Margin {
    private final int window;
    private final double quantile;
    private final ArrayDeque<Double> ratios = new ArrayDeque<>();

    /**
     * @param windowSteps misses remembered
     * @param quantile    in (0, 1]; 1 is the worst miss
     */
    Margin(int windowSteps, double quantile) {
        if (windowSteps < 1 || !(quantile > 0 && quantile <= 1)) {
            throw new IllegalArgumentException("margin window " + windowSteps + " must be >= 1 and quantile "
                    + quantile + " in (0, 1]");
        }
        this.window = windowSteps;
        this.quantile = quantile;
    }

    void observe(double actual, double plannedUpper) {
        ratios.addLast(plannedUpper > 0 ? actual / plannedUpper : (actual > 0 ? 2 : 1));
        if (ratios.size() > window) {
            ratios.pollFirst();
        }
    }

    /**
     * The conformal rank {@code ceil(q (n + 1))} of the n misses seen, so with few misses it is the worst one and
     * the margin only relaxes once there is evidence; zero before any miss is seen.
     */
    double value() {
        if (ratios.isEmpty()) {
            return 0;
        }
        double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(r);
        int rank = (int) Math.ceil(quantile * (r.length + 1));
        return r[Math.min(r.length, rank) - 1] - 1;
    }
}
