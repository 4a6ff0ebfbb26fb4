package io.capacity.core.planner.sim;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.planner.cost.CostSettings;

import java.util.Objects;

/**
 * What {@code ./capacity simulate} asks for: replay {@code source} on {@code fleet}, forecasting with
 * {@code model} under {@code rules}, priced with {@code costs}.
 */
public record SimulationRequest(TraceSource source, FleetSpec fleet, ModelSpec model, ReplayRules rules,
                                CostSettings costs) {
    public SimulationRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(costs, "costs");
    }
}
