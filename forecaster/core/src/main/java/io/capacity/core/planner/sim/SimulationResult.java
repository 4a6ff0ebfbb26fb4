package io.capacity.core.planner.sim;

import io.capacity.core.planner.cost.CostLine;
import io.capacity.core.planner.json.Json;
import io.capacity.core.planner.json.JsonWritable;

import java.util.List;
import java.util.Objects;

/**
 * The replay's outcome. Shortfall hours count steps where demand exceeded booted capacity times the target
 * utilisation (powered usable capacity), times the step length.
 *
 * @param trace               trace label
 * @param method              forecasting model name
 * @param hosts               fleet size
 * @param days                replayed days (after warm-up)
 * @param shortfallHours      plan shortfall
 * @param oracleShortfallHours oracle shortfall (non-zero only when the fleet itself is too small)
 * @param transitions         plan power events
 * @param oracleTransitions   oracle power events
 * @param hysteresisOverrides plan power-ons that broke minimum off time or the daily limit for safety
 * @param maxLearnedMargin    largest learned margin used (fraction over the upper bound)
 * @param fits                model fits; {@code fitFailures} of them failed and held every host on
 * @param fitFailures         failed fits
 * @param meanPoweredPlan     mean hosts powered under the plan
 * @param meanPoweredOracle   mean hosts powered under the oracle
 * @param outcomes            energy and cost per power model
 * @param deferral            value of not buying the hosts the plan never powered, for the replayed period
 */
public record SimulationResult(String trace, String method, int hosts, double days, double shortfallHours,
                               double oracleShortfallHours, int transitions, int oracleTransitions,
                               int hysteresisOverrides, double maxLearnedMargin, int fits, int fitFailures,
                               double meanPoweredPlan, double meanPoweredOracle, List<ModelOutcome> outcomes,
                               CostLine deferral) implements JsonWritable {
    public SimulationResult {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(deferral, "deferral");
        outcomes = List.copyOf(outcomes);
    }

    public ModelOutcome outcome(String model) {
        return outcomes.stream().filter(o -> o.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no outcome for model " + model));
    }

    @Override
    public Object jsonTree() {
        ModelOutcome first = outcomes.get(0);
        return Json.obj("trace", trace, "method", method, "hosts", hosts, "days", ModelOutcome.r(days),
                "always_on_kwh", ModelOutcome.r(first.alwaysOnKwh()), "plan_kwh", ModelOutcome.r(first.planKwh()),
                "oracle_kwh", ModelOutcome.r(first.oracleKwh()), "saving_fraction_of_oracle",
                ModelOutcome.r(first.savingFractionOfOracle()), "shortfall_hours", shortfallHours,
                "oracle_shortfall_hours", oracleShortfallHours, "transitions", transitions, "oracle_transitions",
                oracleTransitions, "hysteresis_overrides", hysteresisOverrides, "max_learned_margin",
                ModelOutcome.r(maxLearnedMargin), "fits", fits, "fit_failures", fitFailures, "mean_powered_plan",
                ModelOutcome.r(meanPoweredPlan), "mean_powered_oracle", ModelOutcome.r(meanPoweredOracle),
                "by_model", outcomes, "deferral", deferral);
    }
}
