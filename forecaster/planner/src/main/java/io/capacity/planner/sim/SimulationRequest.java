package io.capacity.planner.sim;

import io.capacity.planner.model.CostSettings;

import java.util.Objects;

/**
 * What {@code ./capacity simulate} asks for: replay {@code source} on {@code fleet}, forecasting with
 * {@code model} under {@code rules}, priced with {@code costs} in {@code currency}.
 *
 * @param currency ISO 4217 code of the tariff and host price, e.g. EUR or USD (labels every cost line)
 */
public record SimulationRequest(TraceSource source, FleetSpec fleet, ReplayModel model, ReplayRules rules,
                                CostSettings costs, String currency) {
    public SimulationRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(costs, "costs");
        currency = Currencies.check(currency);
    }
}
