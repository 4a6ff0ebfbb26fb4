package io.capacity.core.planner.sim;

import io.capacity.core.planner.cost.CostLine;
import io.capacity.core.planner.json.Json;
import io.capacity.core.planner.json.JsonWritable;

import java.util.Objects;

/**
 * Energy and money of the three policies for one power model.
 *
 * @param model                  catalogue power model
 * @param idleOverPeak           its idle / peak ratio
 * @param alwaysOnKwh            IT energy with every host on
 * @param planKwh                IT energy under the forecast-driven plan
 * @param oracleKwh              IT energy under the oracle (true future, same rules)
 * @param savingFractionOfOracle (always - plan) / (always - oracle)
 * @param alwaysOnCost           energy cost, always on
 * @param planCost               energy cost, plan
 * @param oracleCost             energy cost, oracle
 */
public record ModelOutcome(String model, double idleOverPeak, double alwaysOnKwh, double planKwh, double oracleKwh,
                           double savingFractionOfOracle, CostLine alwaysOnCost, CostLine planCost,
                           CostLine oracleCost) implements JsonWritable {
    public ModelOutcome {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(alwaysOnCost, "alwaysOnCost");
        Objects.requireNonNull(planCost, "planCost");
        Objects.requireNonNull(oracleCost, "oracleCost");
    }

    /** Fraction of always-on energy the plan saves. */
    public double savedFraction() {
        return alwaysOnKwh > 0 ? (alwaysOnKwh - planKwh) / alwaysOnKwh : 0;
    }

    @Override
    public Object jsonTree() {
        return Json.obj("model", model, "idle_over_peak", r(idleOverPeak), "always_on_kwh", r(alwaysOnKwh),
                "plan_kwh", r(planKwh), "oracle_kwh", r(oracleKwh), "saved_fraction_vs_always_on",
                r(savedFraction()), "saving_fraction_of_oracle", r(savingFractionOfOracle), "always_on_cost",
                alwaysOnCost, "plan_cost", planCost, "oracle_cost", oracleCost);
    }

    static double r(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
