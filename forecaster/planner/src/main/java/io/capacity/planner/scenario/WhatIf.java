package io.capacity.planner.scenario;

import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A scenario's plan next to the base plan, with the energy and cost difference per cluster. */
public record WhatIf(Scenario scenario, Plan base, Plan changed) implements JsonWritable {
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

    @Override
    public Object jsonTree() {
        List<Object> rows = new ArrayList<>();
        for (ClusterPlan c : changed.clusters()) {
            ClusterPlan b = base.cluster(c.cluster());
            rows.add(Json.obj("cluster", c.cluster(), "base_plan_kwh", b.planKwh(), "scenario_plan_kwh",
                    c.planKwh(), "energy_cost_delta", c.cost("energy, planned") - b.cost("energy, planned"),
                    "base_recommendations", b.recommendations().stream().map(r -> r.summary()).toList(),
                    "scenario_recommendations", c.recommendations().stream().map(r -> r.summary()).toList()));
        }
        return Json.obj("scenario", scenario.name(), "energy_cost_delta", energyCostDelta(), "clusters", rows,
                "base", base, "changed", changed);
    }
}
