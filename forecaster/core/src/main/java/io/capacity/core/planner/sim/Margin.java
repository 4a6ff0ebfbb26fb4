package io.capacity.core.planner.sim;

import java.util.ArrayDeque;

/**
 * A safety margin learned from the forecasts' own recent misses: the largest ratio of actual demand to the
 * planned upper bound over a trailing window, minus one (zero while the bound has held).
 */
final class Margin {
    private final int window;
    private final ArrayDeque<Double> ratios = new ArrayDeque<>();
    private final ArrayDeque<Double> maxes = new ArrayDeque<>();

    Margin(int windowSteps) {
        this.window = windowSteps;
    }

    void observe(double actual, double plannedUpper) {
        double r = plannedUpper > 0 ? actual / plannedUpper : (actual > 0 ? 2 : 1);
        ratios.addLast(r);
        while (!maxes.isEmpty() && maxes.peekLast() < r) {
            maxes.pollLast();
        }
        maxes.addLast(r);
        if (ratios.size() > window) {
            double gone = ratios.pollFirst();
            if (maxes.peekFirst().doubleValue() == gone) {
                maxes.pollFirst();
            }
        }
    }

    double value() {
        return maxes.isEmpty() ? 0 : Math.max(0, maxes.peekFirst() - 1);
    }
}
