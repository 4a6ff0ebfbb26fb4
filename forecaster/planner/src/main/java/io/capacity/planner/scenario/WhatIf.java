package io.capacity.planner.scenario;

import io.capacity.planner.plan.Plan;

import java.util.Objects;

/** A scenario's plan next to the base plan, with the energy and cost difference per cluster. */
public record WhatIf(Scenario scenario, Plan base, Plan changed) {
    public WhatIf {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(changed, "changed");
    }

    /** Planned energy cost of the scenario minus the base, summed over clusters. */
    public double energyCostDelta() {
        return cost(changed) - cost(base);
    }

    private static double cost(Plan p) {
        return p.clusters().stream().mapToDouble(c -> c.cost("energy, planned")).sum();
    }
}
