package io.capacity.planner.recommend;

import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.cost.CostLine;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.schedule.Fleet;
import io.capacity.planner.schedule.Rules;
import io.capacity.planner.schedule.Transition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything the recommender reads about one cluster's plan.
 *
 * @param need          per step and host dimension: upper bound * (1 + margin) / target
 * @param usable        N+k capacity per host dimension of every usable (on or standby) host
 * @param uplinkNeed    per step: bandwidth upper bound / target, Mbps (null without a bandwidth forecast)
 * @param noPowerDown   energy of the same plan with no host powered off (power-on as needed): what power-downs
 *                      save against
 * @param budgetBlocked the power budget kept a needed host off at some step
 */
public record Situation(HardwareInventory inventory, Cluster cluster, PlanOptions options, Grade grade,
                        String gradeReason, String band, Instant start, Duration step, int horizon, double[][] need,
                        double[] usable, double[] uplinkNeed, Fleet fleet, Rules rules, List<Transition> transitions,
                        CostLine noPowerDown, CostLine planEnergy, Dimension binding, boolean budgetBlocked) {
    public Situation {
        transitions = List.copyOf(transitions);
    }

    /** Horizon length in days. */
    public double days() {
        return horizon * step.toMillis() / 86_400_000.0;
    }

    public Instant timeAt(int t) {
        return start == null ? null : start.plus(step.multipliedBy(t));
    }

    public String currency() {
        return inventory.currency();
    }
}
