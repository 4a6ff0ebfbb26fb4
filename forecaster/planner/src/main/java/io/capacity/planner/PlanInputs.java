package io.capacity.planner;

import io.capacity.planner.inventory.Inventory;

import java.util.Objects;

/** Everything a plan is computed from; a {@link io.capacity.planner.scenario.Scenario} maps one to another. */
public record PlanInputs(Inventory inventory, DemandForecasts demand, PlanOptions options) {
    public PlanInputs {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(options, "options");
    }
}
