package io.capacity.planner.plan;

import io.capacity.core.forecast.Grade;
import io.capacity.planner.cost.CostLine;
import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.schedule.Transition;

import java.time.Duration;
import java.util.List;

/**
 * The plan for one cluster over the forecast horizon.
 *
 * @param cluster             cluster id
 * @param horizon             forecast steps
 * @param step                step length
 * @param grade               worst grade among the cluster's forecasts
 * @param gradeReason         the forecasts' grade reasons
 * @param band                band sized for, e.g. {@code upper 95 % + 0 % margin}
 * @param binding             the dimension that limits the plan
 * @param heldKwh             IT energy if the current power state is held
 * @param planKwh             IT energy under the plan
 * @param unmetSteps          steps where the needed capacity could not be powered (fleet or budget too small)
 * @param hysteresisOverrides power-ons that had to break minimum off time or the daily limit (0 for one forecast)
 * @param steps               per-step plan
 * @param transitions         power events, in order
 * @param recommendations     actions with rationale
 * @param costs               traceable cost lines over the horizon
 */
public record ClusterPlan(String cluster, int horizon, Duration step, Grade grade, String gradeReason, String band,
                          Dimension binding, double heldKwh, double planKwh, int unmetSteps, int hysteresisOverrides,
                          List<StepPlan> steps, List<Transition> transitions, List<Recommendation> recommendations,
                          List<CostLine> costs) implements JsonWritable {
    public ClusterPlan {
        steps = List.copyOf(steps);
        transitions = List.copyOf(transitions);
        recommendations = List.copyOf(recommendations);
        costs = List.copyOf(costs);
    }

    /** Cost of the line named {@code item}. */
    public double cost(String item) {
        return costs.stream().filter(c -> c.item().equals(item)).mapToDouble(CostLine::amount).sum();
    }

    @Override
    public Object jsonTree() {
        return Json.obj("cluster", cluster, "horizon", horizon, "step", step, "grade", grade, "grade_reason",
                gradeReason, "band", band, "binding", binding, "held_kwh", round(heldKwh), "plan_kwh",
                round(planKwh), "unmet_steps", unmetSteps, "hysteresis_overrides", hysteresisOverrides,
                "recommendations", recommendations, "costs", costs, "transitions", transitions, "steps", steps);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
