package io.capacity.planner.sim;

import io.capacity.planner.cost.CostLine;
import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

import java.util.Objects;

/**
 * What one policy (always-on, plan or oracle) did with one power model.
 *
 * @param kwh               IT energy
 * @param cost              energy cost
 * @param shortfallHours    hours where demand exceeded the powered, booted capacity (work not served)
 * @param targetBreachHours hours where demand exceeded that capacity times the target utilisation (served, but
 *                          past the planning headroom)
 * @param transitions       power-on and power-off events
 * @param meanPowered       mean hosts powered (booting included)
 */
public record PolicyStats(double kwh, CostLine cost, double shortfallHours, double targetBreachHours,
                          int transitions, double meanPowered) implements JsonWritable {
    public PolicyStats {
        Objects.requireNonNull(cost, "cost");
        if (!(kwh >= 0) || !(shortfallHours >= 0) || !(targetBreachHours >= shortfallHours) || transitions < 0) {
            throw new IllegalArgumentException("policy stats out of range: kwh " + kwh + ", shortfall "
                    + shortfallHours + " h, target breach " + targetBreachHours + " h, transitions " + transitions);
        }
    }

    @Override
    public Object jsonTree() {
        return Json.obj("kwh", ModelOutcome.r(kwh), "cost", cost, "shortfall_hours", shortfallHours,
                "target_breach_hours", targetBreachHours, "transitions", transitions, "mean_powered",
                ModelOutcome.r(meanPowered));
    }
}
