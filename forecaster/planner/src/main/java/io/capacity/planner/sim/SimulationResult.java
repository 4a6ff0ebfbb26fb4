package io.capacity.planner.sim;

import io.capacity.planner.cost.CostLine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The replay's outcome, per power model (each model is planned separately: how far hosts may be packed depends
 * on its curve). Top-level shortfall and target-breach hours are the worst over the models.
 *
 * @param trace            trace label
 * @param method           forecasting model name
 * @param currency         currency of every cost line
 * @param hosts            fleet size
 * @param days             replayed days (after warm-up)
 * @param fits             model fits; {@code fitFailures} of them failed and held every host on
 * @param fitFailures      failed fits
 * @param calibrated       decisions whose bounds came from the calibration (the rest: the model's own interval)
 * @param maxBoundFactor   largest factor a forecast peak was multiplied by to bound it (below 1 where the
 *                         forecasts ran high)
 * @param meanBoundOverPeak mean of the plan's power-off bound over the true peak of its window (1 would be the
 *                         oracle; NaN without calibrated decisions): how much of the gap to the oracle is forecast
 *                         width
 * @param outcomes         energy, cost, shortfall and transitions per power model
 * @param deferral         value of buying each host only when the plan first needed it (hosts never powered:
 *                         the whole replayed period), at the cost of capital
 * @param binding          per replayed dimension (cpu, memory, bandwidth), the share of the plan's decisions at
 *                         which it had the largest power-off bound, i.e. sized the fleet
 */
public record SimulationResult(String trace, String method, String currency, int hosts, double days, int fits,
                               int fitFailures, int calibrated, double maxBoundFactor, double meanBoundOverPeak,
                               List<ModelOutcome> outcomes,
                               CostLine deferral, Map<String, Double> binding) {
    public SimulationResult {
        binding = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(binding));
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(deferral, "deferral");
        outcomes = List.copyOf(outcomes);
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("a simulation result needs at least one power model outcome");
        }
    }

    public ModelOutcome outcome(String model) {
        return outcomes.stream().filter(o -> o.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no outcome for model " + model));
    }

    /** Worst plan shortfall over the power models: hours where demand exceeded powered capacity. */
    public double shortfallHours() {
        return worst(o -> o.plan().shortfallHours());
    }

    /** Worst plan target breach over the power models: demand above powered capacity x target utilisation. */
    public double targetBreachHours() {
        return worst(o -> o.plan().targetBreachHours());
    }

    public double oracleShortfallHours() {
        return worst(o -> o.oracle().shortfallHours());
    }

    private double worst(ToDoubleFunction<ModelOutcome> f) {
        return outcomes.stream().mapToDouble(f).max().orElseThrow();
    }

    /**
     * The top level repeats the first power model's energy figures under the names the CLI documents
     * ({@code always_on_kwh}, {@code plan_kwh}, ...); {@code by_model} has every model.
     */
}
