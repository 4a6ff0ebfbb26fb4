package io.capacity.planner.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * How the replay decides; the oracle runs under the same rules.
 *
 * @param decisionEvery        time between decisions
 * @param window               trailing history the model is fitted on (no data after the decision point)
 * @param warmup               history before the first decision; energy is counted from there on
 * @param refitEvery           refit every this many decisions (1 = every decision)
 * @param bootTime             power-on to serving
 * @param minOffTime           minimum time a host stays off
 * @param maxTransitionsPerDay per host, rolling day
 * @param redundancy           N+k
 * @param targetUtilisation    highest planned utilisation of booted capacity
 * @param upperLevel           coverage (percent) of the bound on the peak demand that the plan keeps under target
 * @param calibration          how the bounds are calibrated on realised peaks (or not)
 * @param efficientPacking     plan hosts no busier than their most efficient load when that is below the target
 *                             (plan and oracle alike)
 * @param breakEven            power a host down only for at least its break-even off time: the power cycle's cost
 *                             (boot energy, wear) over what its absence saves (plan and oracle alike)
 * @param agreement            with the break-even rule, power a host down only on a dip every forecast of the last
 *                             minimum off time bounds under the target ({@link Agreement}; the plan alone: the oracle
 *                             knows the truth). Off by default: it cuts transitions to near the oracle's and pays for
 *                             it in energy saved (docs/planner.md, "Why the replay flaps")
 */
public record ReplayRules(Duration decisionEvery, Duration window, Duration warmup, int refitEvery,
                          Duration bootTime, Duration minOffTime, int maxTransitionsPerDay, int redundancy,
                          double targetUtilisation, double upperLevel, CalibrationRule calibration, boolean efficientPacking,
                          boolean breakEven, boolean agreement) {
    /**
     * Decisions every 5 minutes: a host boots in 5, so a controller that looks every 5 minutes reacts to a miss
     * before it grows, and the forecast it needs is the nearest and sharpest (measured against hourly decisions in
     * docs/planner.md); the oracle decides on the same grid.
     */
    public static final ReplayRules DEFAULTS = new ReplayRules(Duration.ofMinutes(5), Duration.ofDays(7),
            Duration.ofDays(2), 1, Duration.ofMinutes(5), Duration.ofHours(1), 4, 1, 0.8, 95, CalibrationRule.DEFAULT,
            true, true, false);

    public ReplayRules {
        Objects.requireNonNull(decisionEvery, "decisionEvery");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(bootTime, "bootTime");
        Objects.requireNonNull(minOffTime, "minOffTime");
        Objects.requireNonNull(calibration, "calibration");
        if (decisionEvery.isZero() || decisionEvery.isNegative() || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the time between decisions (" + decisionEvery + ") and the history"
                    + " window (" + window + ") must be positive");
        }
        if (refitEvery < 1) {
            throw new IllegalArgumentException("refits must come every decision or less often (at least 1)"
                    + ", got " + refitEvery);
        }
        if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
            throw new IllegalArgumentException("the target utilisation must be above 0 and at most 1"
                    + ", got " + targetUtilisation);
        }
        if (!(upperLevel > 0 && upperLevel < 100)) {
            throw new IllegalArgumentException("the bound's coverage must be a percentage above 0 and below 100"
                    + ", got " + upperLevel);
        }
    }

    public ReplayRules withCalibration(CalibrationRule c) {
        return new ReplayRules(decisionEvery, window, warmup, refitEvery, bootTime, minOffTime,
                maxTransitionsPerDay, redundancy, targetUtilisation, upperLevel, c, efficientPacking,
                breakEven, agreement);
    }

    public ReplayRules withDecisionEvery(Duration d) {
        return new ReplayRules(d, window, warmup, refitEvery, bootTime, minOffTime, maxTransitionsPerDay,
                redundancy, targetUtilisation, upperLevel, calibration, efficientPacking, breakEven, agreement);
    }

    public ReplayRules withRefitEvery(int n) {
        return new ReplayRules(decisionEvery, window, warmup, n, bootTime, minOffTime, maxTransitionsPerDay,
                redundancy, targetUtilisation, upperLevel, calibration, efficientPacking, breakEven, agreement);
    }

    public ReplayRules withWarmup(Duration d) {
        return new ReplayRules(decisionEvery, window, d, refitEvery, bootTime, minOffTime, maxTransitionsPerDay,
                redundancy, targetUtilisation, upperLevel, calibration, efficientPacking, breakEven, agreement);
    }

    public ReplayRules withTarget(double utilisation, double level) {
        return new ReplayRules(decisionEvery, window, warmup, refitEvery, bootTime, minOffTime,
                maxTransitionsPerDay, redundancy, utilisation, level, calibration, efficientPacking, breakEven,
                agreement);
    }

    /** N+k, minimum off time and the daily transition limit, for plan and oracle alike. */
    public ReplayRules withHysteresis(int k, Duration minOff, int maxTransitions) {
        return new ReplayRules(decisionEvery, window, warmup, refitEvery, bootTime, minOff, maxTransitions, k,
                targetUtilisation, upperLevel, calibration, efficientPacking, breakEven, agreement);
    }

    public ReplayRules withEfficientPacking(boolean on) {
        return new ReplayRules(decisionEvery, window, warmup, refitEvery, bootTime, minOffTime,
                maxTransitionsPerDay, redundancy, targetUtilisation, upperLevel, calibration, on, breakEven, agreement);
    }

    public ReplayRules withAgreement(boolean on) {
        return new ReplayRules(decisionEvery, window, warmup, refitEvery, bootTime, minOffTime,
                maxTransitionsPerDay, redundancy, targetUtilisation, upperLevel, calibration, efficientPacking,
                breakEven, on);
    }

    public ReplayRules withBreakEven(boolean on) {
        return new ReplayRules(decisionEvery, window, warmup, refitEvery, bootTime, minOffTime,
                maxTransitionsPerDay, redundancy, targetUtilisation, upperLevel, calibration, efficientPacking,
                on, agreement);
    }
}
