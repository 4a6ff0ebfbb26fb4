package io.capacity.planner.plan;

import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.model.PlanOptions;

import java.util.Objects;

/** Everything a plan is computed from; a {@link io.capacity.planner.scenario.Scenario} maps one to another. */
public record PlanInputs(HardwareInventory inventory, DemandForecasts demand, PlanOptions options) {
    public PlanInputs {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(options, "options");
    }
}
