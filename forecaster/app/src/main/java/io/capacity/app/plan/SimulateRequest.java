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
 * @param moreColumns  further columns replayed with the first (memory, then bandwidth), each
 *                     {@code NAME[:UNIT[:CAPACITY]]} as {@link ColumnSpec} reads it; the first column takes that
 *                     form too
 * @param cycleCost    wear of one power cycle of a host; null: the host price over
 *                     {@link CostSettings#RATED_CYCLES} rated start/stop cycles
 * @param breakEven    power a host down only for at least its break-even off time (plan and oracle alike)
 */
public record SimulateRequest(Path trace, String column, Duration step, Unit unit, Double capacity, int hosts,
                              List<String> hostModels, PlanRules rules, String model, Duration decideEvery,
                              Duration calibration, double tariff, double pue, double price, String currency,
                              List<String> moreColumns, Double cycleCost, boolean breakEven) {
    /** The replay's own forecaster, refitted at every decision. */
    public static final String SEASONAL_SHAPE = "seasonal-shape";

    public static final SimulateRequest DEFAULTS = new SimulateRequest(null, null, Duration.ofMinutes(5),
            Unit.PERCENT, null, 100, FleetSpec.both(2).models(), PlanRules.DEFAULTS, SEASONAL_SHAPE,
            ReplayRules.DEFAULTS.decisionEvery(), CalibrationRule.DEFAULT.window(),
            CostSettings.DEFAULTS.tariff().perKwh(), CostSettings.DEFAULTS.pue(), FleetSpec.both(2).pricePerHost(),
            "EUR", List.of(), CostSettings.DEFAULTS.cycleCost(), ReplayRules.DEFAULTS.breakEven());

    /** One column, the cycle cost and break-even rule by default. */
    public SimulateRequest(Path trace, String column, Duration step, Unit unit, Double capacity, int hosts,
                           List<String> hostModels, PlanRules rules, String model, Duration decideEvery,
                           Duration calibration, double tariff, double pue, double price, String currency) {
        this(trace, column, step, unit, capacity, hosts, hostModels, rules, model, decideEvery, calibration, tariff,
                pue, price, currency, List.of(), DEFAULTS.cycleCost(), DEFAULTS.breakEven());
    }

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
        moreColumns = List.copyOf(moreColumns == null ? List.of() : moreColumns);
        Double cc = cycleCost;
        RequestProblem.check("power_cycle_cost", cc, () -> CostSettings.DEFAULTS.withCycleCost(cc));
        if (column != null) {
            ColumnSpec.parse(column, unit, capacity, hosts);
            for (String more : moreColumns) {
                ColumnSpec.parse(more, unit, null, hosts).column();
            }
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
                calibration, tariff, pue, price, currency, moreColumns, cycleCost, breakEven);
    }

    /** The same request replaying {@code more} columns with the first. */
    public SimulateRequest withMoreColumns(List<String> more) {
        return new SimulateRequest(trace, column, step, unit, capacity, hosts, hostModels, rules, model, decideEvery,
                calibration, tariff, pue, price, currency, more, cycleCost, breakEven);
    }

    /** The same request with the wear of a power cycle ({@code null}: price / rated cycles) and break-even rule. */
    public SimulateRequest withCycles(Double cost, boolean weigh) {
        return new SimulateRequest(trace, column, step, unit, capacity, hosts, hostModels, rules, model, decideEvery,
                calibration, tariff, pue, price, currency, moreColumns, cost, weigh);
    }

    /** The columns to replay, the first (CPU) with the {@code unit} and {@code capacity} options as its defaults. */
    public List<ColumnSpec> columns() {
        List<ColumnSpec> out = new java.util.ArrayList<>();
        out.add(ColumnSpec.parse(column, unit, capacity, hosts));
        for (String c : moreColumns) {
            out.add(ColumnSpec.parse(c, unit, null, hosts));
        }
        return out;
    }
}
