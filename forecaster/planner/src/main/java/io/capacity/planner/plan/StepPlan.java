package io.capacity.planner.plan;

import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;
import io.capacity.planner.model.Dimension;

import java.time.Instant;

/**
 * The plan at one forecast step.
 *
 * @param step     forecast step index
 * @param at       its time, or null when the forecast has no timestamps
 * @param powered  hosts powered (booting included)
 * @param cpuNeed  CPU capacity the step's look-ahead needs (upper bound / target), cores
 * @param cpuReady CPU capacity of booted hosts, cores
 * @param watts    expected IT draw at the mean forecast
 * @param binding  the dimension closest to its limit at this step
 */
public record StepPlan(int step, Instant at, int powered, double cpuNeed, double cpuReady, double watts,
                       Dimension binding) implements JsonWritable {
    @Override
    public Object jsonTree() {
        return Json.obj("step", step, "at", at, "powered", powered, "cpu_need", r(cpuNeed), "cpu_ready",
                r(cpuReady), "watts", r(watts), "binding", binding);
    }

    private static double r(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
