package io.capacity.planner.schedule;

/**
 * Operational constraints shared by the plan, the replay and the oracle, in steps of the demand series.
 *
 * @param redundancy         N+k: capacity must hold with the k largest powered hosts lost
 * @param targetUtilisation  fraction of powered capacity demand may use, in (0, 1]
 * @param leadSteps          boot lead time: a host powered on at t serves from t + leadSteps
 * @param minOffSteps        a host powered off stays off at least this long
 * @param maxTransitionsPerDay power-on plus power-off events allowed per host in any rolling day
 * @param stepsPerDay        steps in one day (for the rolling-day window)
 * @param powerBudgetWatts   rack/PDU budget for the powered hosts at target load (infinite for none)
 * @param breakEven          the cost of a power cycle a power-down must pay back ({@link BreakEven#OFF}: none)
 */
public record Rules(int redundancy, double targetUtilisation, int leadSteps, int minOffSteps,
                   int maxTransitionsPerDay, int stepsPerDay, double powerBudgetWatts, BreakEven breakEven) {
    /** Without a break-even rule: a host goes dark for the minimum off time. */
    public Rules(int redundancy, double targetUtilisation, int leadSteps, int minOffSteps, int maxTransitionsPerDay,
                 int stepsPerDay, double powerBudgetWatts) {
        this(redundancy, targetUtilisation, leadSteps, minOffSteps, maxTransitionsPerDay, stepsPerDay,
                powerBudgetWatts, BreakEven.OFF);
    }

    public Rules {
        java.util.Objects.requireNonNull(breakEven, "breakEven");
        if (redundancy < 0) {
            throw new IllegalArgumentException("redundancy must be >= 0, got " + redundancy);
        }
        if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
            throw new IllegalArgumentException("targetUtilisation must be in (0, 1], got " + targetUtilisation);
        }
        if (leadSteps < 0 || minOffSteps < 0) {
            throw new IllegalArgumentException("leadSteps " + leadSteps + " and minOffSteps " + minOffSteps
                    + " must be >= 0");
        }
        if (maxTransitionsPerDay < 2) {
            throw new IllegalArgumentException("maxTransitionsPerDay must be >= 2 (one off and one on), got "
                    + maxTransitionsPerDay);
        }
        if (stepsPerDay < 1) {
            throw new IllegalArgumentException("stepsPerDay must be >= 1, got " + stepsPerDay);
        }
        if (!(powerBudgetWatts > 0)) {
            throw new IllegalArgumentException("powerBudgetWatts must be positive, got " + powerBudgetWatts);
        }
    }

    public Rules withTargetUtilisation(double u) {
        return new Rules(redundancy, u, leadSteps, minOffSteps, maxTransitionsPerDay, stepsPerDay,
                powerBudgetWatts, breakEven);
    }

    public Rules withLeadSteps(int steps) {
        return new Rules(redundancy, targetUtilisation, steps, minOffSteps, maxTransitionsPerDay, stepsPerDay,
                powerBudgetWatts, breakEven);
    }

    public Rules withBreakEven(BreakEven b) {
        return new Rules(redundancy, targetUtilisation, leadSteps, minOffSteps, maxTransitionsPerDay, stepsPerDay,
                powerBudgetWatts, b);
    }

    /** Hours in one step. */
    public double stepHours() {
        return 24.0 / stepsPerDay;
    }
}
