package io.capacity.service.json;

import io.capacity.planner.sim.ModelOutcome;
import io.capacity.planner.sim.PolicyStats;
import io.capacity.planner.sim.SimulationResult;
import tools.jackson.databind.ValueSerializer;

import static io.capacity.service.json.JsonValues.number;
import static io.capacity.service.json.JsonValues.object;
import static io.capacity.service.json.JsonValues.round;

/**
 * The simulation document ({@code ./capacity simulate -o FILE}): the first power model's figures at the top, then
 * every model's ({@code by_model}) and the deferral of purchases; with several demand columns, the share of decisions
 * each bound ({@code binding}). Ratios and energies to 4 decimals, money to cents.
 */
final class SimulationJson {
    private SimulationJson() {
    }

    static final ValueSerializer<SimulationResult> RESULT = object((r, g) -> {
        ModelOutcome first = r.outcomes().get(0);
        g.writePOJOProperty("trace", r.trace());
        g.writePOJOProperty("method", r.method());
        g.writePOJOProperty("currency", r.currency());
        g.writeNumberProperty("hosts", r.hosts());
        number(g, "days", round(r.days(), 4));
        g.writePOJOProperty("host_model", first.model());
        number(g, "always_on_kwh", round(first.alwaysOnKwh(), 4));
        number(g, "plan_kwh", round(first.planKwh(), 4));
        number(g, "oracle_kwh", round(first.oracleKwh(), 4));
        number(g, "saving_fraction_of_oracle", round(first.savingFractionOfOracle(), 4));
        g.writeNumberProperty("transitions", first.plan().transitions());
        g.writeNumberProperty("oracle_transitions", first.oracle().transitions());
        number(g, "shortfall_hours", r.shortfallHours());
        number(g, "target_breach_hours", r.targetBreachHours());
        number(g, "oracle_shortfall_hours", r.oracleShortfallHours());
        g.writeNumberProperty("fits", r.fits());
        g.writeNumberProperty("fit_failures", r.fitFailures());
        g.writeNumberProperty("calibrated_decisions", r.calibrated());
        number(g, "max_bound_factor", round(r.maxBoundFactor(), 4));
        // NaN (no decision was calibrated) is null, not the 0 that rounding NaN would give.
        number(g, "mean_bound_over_peak", Double.isNaN(r.meanBoundOverPeak()) ? Double.NaN
                : round(r.meanBoundOverPeak(), 4));
        if (r.binding().size() > 1) {
            // Several demand columns: how often each sized the fleet (a CPU-only replay writes what it always did).
            g.writeName("binding");
            g.writeStartObject();
            for (var e : r.binding().entrySet()) {
                number(g, e.getKey(), round(e.getValue(), 4));
            }
            g.writeEndObject();
        }
        g.writePOJOProperty("by_model", r.outcomes());
        g.writePOJOProperty("deferral", r.deferral());
    });

    static final ValueSerializer<ModelOutcome> OUTCOME = object((o, g) -> {
        g.writePOJOProperty("model", o.model());
        number(g, "idle_over_peak", round(o.idleOverPeak(), 4));
        number(g, "packing_load", round(o.packingLoad(), 4));
        number(g, "saved_fraction_vs_always_on", round(o.savedFraction(), 4));
        number(g, "saving_fraction_of_oracle", round(o.savingFractionOfOracle(), 4));
        number(g, "plan_saved_cost", round(o.planSavedCost(), 2));
        number(g, "oracle_saved_cost", round(o.oracleSavedCost(), 2));
        g.writePOJOProperty("always_on", o.alwaysOn());
        g.writePOJOProperty("plan", o.plan());
        g.writePOJOProperty("oracle", o.oracle());
        g.writeNumberProperty("hysteresis_overrides", o.hysteresisOverrides());
    });

    static final ValueSerializer<PolicyStats> POLICY = object((p, g) -> {
        number(g, "kwh", round(p.kwh(), 4));
        g.writePOJOProperty("cost", p.cost());
        number(g, "shortfall_hours", p.shortfallHours());
        number(g, "target_breach_hours", p.targetBreachHours());
        g.writeNumberProperty("transitions", p.transitions());
        number(g, "mean_powered", round(p.meanPowered(), 4));
    });
}
