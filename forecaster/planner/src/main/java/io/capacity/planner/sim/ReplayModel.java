package io.capacity.planner.sim;

import io.capacity.core.forecast.ModelSpec;

/**
 * The forecaster the replay fits at each decision, built for the decision grid: its season is one day of decision
 * steps, which only the replay knows once it has read the trace and the rules.
 */
@FunctionalInterface
public interface ReplayModel {
    /**
     * @param period  decision steps per day (288 at 5-minute decisions, 24 at hourly ones)
     * @param horizon decision steps ahead the plan needs (the step, the boot lead and the minimum off time)
     */
    ModelSpec at(int period, int horizon);
}
