package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import io.capacity.core.select.ModelCatalog;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.demand.SeasonalShapeSpec;
import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.sim.CalibrationRule;
import io.capacity.planner.sim.Currencies;
import io.capacity.planner.sim.FleetSpec;
import io.capacity.planner.sim.ReplayModel;
import io.capacity.planner.sim.ReplayRules;
import io.capacity.planner.sim.Unit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Replay a demand trace with the forecast-driven plan, always-on and the oracle.
 *
 * @param trace        demand trace CSV with a header; null only in {@link #DEFAULTS}
 * @param column       column to replay, or {@code *} for the sum of all but a leading step/timestamp column
 * @param step         spacing of the trace's rows
 * @param capacity     absolute units: the fleet's total capacity in the trace's unit; null to size it from the peak
 * @param hostModels   power models from the catalogue, one fleet each
 * @param model        forecaster of the peak demand: {@code seasonal-shape} or a name from the model catalogue
 * @param calibration  trailing time of realised peaks the bounds are calibrated on; null for the model's own interval
 * @param price        purchase price per host, for what a deferred purchase is worth
 */
public record SimulateRequest(Path trace, String column, Duration step, Unit unit, Double capacity, int hosts,
                              List<String> hostModels, PlanRules rules, String model, Duration decideEvery,
                              Duration calibration, double tariff, double pue, double price, String currency) {
    /** The replay's own forecaster, refitted at every decision. */
    public static final String SEASONAL_SHAPE = "seasonal-shape";

    public static final SimulateRequest DEFAULTS = new SimulateRequest(null, null, Duration.ofMinutes(5),
            Unit.PERCENT, null, 100, FleetSpec.both(2).models(), PlanRules.DEFAULTS, SEASONAL_SHAPE,
            ReplayRules.DEFAULTS.decisionEvery(), CalibrationRule.DEFAULT.window(),
            CostSettings.DEFAULTS.tariff().perKwh(), CostSettings.DEFAULTS.pue(), FleetSpec.both(2).pricePerHost(),
            "EUR");

    /** Every value checked by the planner's own rules before the trace is read. */
    public SimulateRequest {
        RequestProblem.check("hosts", hosts, () -> new FleetSpec(hosts, List.of(PowerCatalogue.MODERN), 0));
        RequestProblem.check("price", price, () -> new FleetSpec(2, List.of(PowerCatalogue.MODERN), price));
        hostModels = List.copyOf(hostModels == null ? DEFAULTS.hostModels() : hostModels);
        for (String m : hostModels) {
            RequestProblem.check("host_model", m, () -> new FleetSpec(2, List.of(m), 0));
        }
        RequestProblem.check("tariff", tariff, () -> Tariff.flat(tariff));
        RequestProblem.check("pue", pue, () -> CostSettings.DEFAULTS.withPue(pue));
        String c = currency;
        RequestProblem.check("currency", c, () -> Currencies.check(c));
        String name = model;
        RequestProblem.check("model", name, () -> forecaster(name));
        if (rules == null) {
            rules = PlanRules.DEFAULTS;
        }
        if (unit == null) {
            unit = Unit.PERCENT;
        }
        for (Duration d : new Duration[] {step, decideEvery}) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw RequestProblem.of(d == step ? "step" : "decide_every", "duration must be positive, got '" + d
                        + "'");
            }
        }
    }

    /** The unit a user names: fraction, percent or absolute. */
    public static Unit unit(String text) {
        return RequestProblem.with("unit", text, () -> Unit.parse(text));
    }

    /** The fleet with the requested host models. */
    public FleetSpec fleet() {
        return new FleetSpec(hosts, hostModels, price);
    }

    /** The calibration rule: off, or over the trailing {@link #calibration}. */
    public CalibrationRule calibrationRule() {
        return calibration == null ? CalibrationRule.NONE : new CalibrationRule(true, calibration, true);
    }

    /** The forecaster built for the decision grid: a day of decision steps is the season, the plan's reach the horizon. */
    public ReplayModel forecaster() {
        return forecaster(model);
    }

    private static ReplayModel forecaster(String model) {
        if (model.equals(SEASONAL_SHAPE)) {
            return (period, horizon) -> SeasonalShapeSpec.quarterHourAnchor(period, 7);
        }
        ModelCatalog.spec(model, 24, 0, 3);  // an unknown name fails here, before the trace is read
        return (period, horizon) -> ModelCatalog.spec(model, period, 0, horizon);
    }

    public SimulateRequest withTrace(Path file, String col) {
        return new SimulateRequest(file, col, step, unit, capacity, hosts, hostModels, rules, model, decideEvery,
                calibration, tariff, pue, price, currency);
    }
}
