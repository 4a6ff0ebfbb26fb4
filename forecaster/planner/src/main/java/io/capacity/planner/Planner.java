package io.capacity.planner;

import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.plan.PlanInputs;
import io.capacity.planner.scenario.Scenario;
import io.capacity.planner.scenario.WhatIf;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code ./capacity plan}: inventory + demand forecasts + options in, an immutable {@link Plan}
 * out (power schedule, power-on ahead of peaks, purchases, costs; {@code toJson()} for output).
 */
public final class Planner {
    private Planner() {
    }

    public static Plan plan(HardwareInventory inventory, DemandForecasts demand, PlanOptions options) {
        List<ClusterPlan> out = new ArrayList<>();
        demand.byCluster().keySet().stream().sorted().forEach(id -> {
            Cluster c = inventory.cluster(id).orElseThrow(() -> new IllegalArgumentException(
                    "demand forecast for unknown cluster " + id + "; inventory clusters are "
                            + inventory.clusters().stream().map(Cluster::id).toList()));
            out.add(ClusterPlanner.plan(inventory, c, demand.byCluster().get(id), demand.evidence(id), options));
        });
        return new Plan(options.clock().instant(), inventory.currency(), out);
    }

    /** The plan before and after a scenario, with the difference. */
    public static WhatIf whatIf(PlanInputs base, Scenario scenario) {
        PlanInputs changed = scenario.apply(base);
        return new WhatIf(scenario, plan(base), plan(changed));
    }

    public static Plan plan(PlanInputs in) {
        return plan(in.inventory(), in.demand(), in.options());
    }
}
