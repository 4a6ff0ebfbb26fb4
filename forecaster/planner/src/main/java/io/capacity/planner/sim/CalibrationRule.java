package io.capacity.planner.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * How the replay calibrates its bounds (see {@link PeakCalibration}).
 *
 * @param enabled calibrate at all; off, the plan sizes to the model's own interval (and learns nothing)
 * @param window    trailing time whose realised peaks are remembered
 * @param worstTier also hold the worst ratio of the window within full capacity, so no miss seen in it would have
 *                  been a shortfall (costs a few points of saving on heavy-tailed traces: docs/benchmarks.md)
 */
public record CalibrationRule(boolean enabled, Duration window, boolean worstTier) {
    /** A week: every hour of every weekday is in it, and a level shift is forgotten within a week. */
    public static final CalibrationRule DEFAULT = new CalibrationRule(true, Duration.ofDays(7), true);
    public static final CalibrationRule NONE = new CalibrationRule(false, Duration.ofDays(7), true);

    public CalibrationRule {
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("calibration window must be positive, got " + window);
        }
    }
}
