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
    private final double target;
    private final ArrayDeque<Double> ratios = new ArrayDeque<>();

    /**
     * @param windowSteps misses remembered
     * @param quantile    in (0, 1]; 1 is the worst miss
     * @param target      target utilisation: the headroom between the planned bound and a shortfall
     */
    Margin(int windowSteps, double quantile, double target) {
        if (windowSteps < 1 || !(quantile > 0 && quantile <= 1)) {
            throw new IllegalArgumentException("margin window " + windowSteps + " must be >= 1 and quantile "
                    + quantile + " in (0, 1]");
        }
        this.window = windowSteps;
        this.quantile = quantile;
        this.target = target;
    }

    void observe(double actual, double plannedUpper) {
        ratios.addLast(plannedUpper > 0 ? actual / plannedUpper : (actual > 0 ? 2 : 1));
        if (ratios.size() > window) {
            ratios.pollFirst();
        }
    }

    /**
     * Two tiers: the planned bound x (1 + margin) must cover the miss of conformal rank {@code ceil(q (n + 1))}
     * (so with few misses, the worst) within the target, and the worst miss of the window within the full powered
     * capacity (bound / target), so no miss seen recently would have been a shortfall. Zero before any miss.
     */
    double value() {
        if (ratios.isEmpty()) {
            return 0;
        }
        double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(r);
        int rank = (int) Math.ceil(quantile * (r.length + 1));
        return Math.max(r[Math.min(r.length, rank) - 1], r[r.length - 1] * target) - 1;
    }
}
