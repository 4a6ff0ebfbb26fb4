package io.capacity.planner.sim;

import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

import java.util.Objects;

/**
 * The three policies for one power model.
 *
 * @param model               catalogue power model
 * @param idleOverPeak        its idle / peak ratio
 * @param packingLoad         the curve's most efficient load where the lane powers hosts by draw, else the target
 * @param alwaysOn            every host on
 * @param plan                forecast-driven plan
 * @param oracle              true future, same rules
 * @param hysteresisOverrides plan power-ons that broke minimum off time or the daily limit for safety
 */
public record ModelOutcome(String model, double idleOverPeak, double packingLoad, PolicyStats alwaysOn,
                           PolicyStats plan, PolicyStats oracle, int hysteresisOverrides) implements JsonWritable {
    public ModelOutcome {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(alwaysOn, "alwaysOn");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(oracle, "oracle");
    }

    public double alwaysOnKwh() {
        return alwaysOn.kwh();
    }

    public double planKwh() {
        return plan.kwh();
    }

    public double oracleKwh() {
        return oracle.kwh();
    }

    /** Fraction of always-on energy the plan saves. */
    public double savedFraction() {
        return alwaysOnKwh() > 0 ? (alwaysOnKwh() - planKwh()) / alwaysOnKwh() : 0;
    }

    /** Energy money the plan saves against always-on (tariff and PUE applied), in the result's currency. */
    public double planSavedCost() {
        return alwaysOn.cost().amount() - plan.cost().amount();
    }

    /** Energy money the oracle saves against always-on. */
    public double oracleSavedCost() {
        return alwaysOn.cost().amount() - oracle.cost().amount();
    }

    /** (always - plan) / (always - oracle); undefined (NaN, JSON null) when the oracle saves nothing. */
    public double savingFractionOfOracle() {
        double best = alwaysOnKwh() - oracleKwh();
        return best > 1e-9 ? (alwaysOnKwh() - planKwh()) / best : Double.NaN;
    }

    @Override
    public Object jsonTree() {
        return Json.obj("model", model, "idle_over_peak", r(idleOverPeak), "packing_load", r(packingLoad),
                "saved_fraction_vs_always_on", r(savedFraction()), "saving_fraction_of_oracle",
                r(savingFractionOfOracle()), "plan_saved_cost", cents(planSavedCost()), "oracle_saved_cost",
                cents(oracleSavedCost()), "always_on", alwaysOn, "plan", plan, "oracle", oracle,
                "hysteresis_overrides", hysteresisOverrides);
    }

    private static double cents(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double r(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
