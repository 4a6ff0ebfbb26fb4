package io.capacity.service.cli;

import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.demand.SeasonalShapeSpec;
import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.sim.Currencies;
import io.capacity.planner.sim.FleetSpec;
import io.capacity.planner.sim.ModelOutcome;
import io.capacity.planner.sim.ReplayModel;
import io.capacity.planner.sim.CalibrationRule;
import io.capacity.planner.sim.ReplayRules;
import io.capacity.planner.sim.SimulationRequest;
import io.capacity.planner.sim.SimulationResult;
import io.capacity.planner.sim.Simulator;
import io.capacity.planner.sim.TraceSource;
import io.capacity.planner.sim.Unit;
import io.capacity.core.select.ModelCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./capacity simulate}: replay a real demand trace with the forecast-driven plan, always-on and the oracle. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Replay a demand trace: every 5 minutes (--decide-every) the plan forecasts from history only and powers hosts "
                + "down or up; energy, money, shortfall and transitions are compared with always-on and with an "
                + "oracle that knows the trace but obeys the same rules (docs/planner.md).",
                "Writes JSON with always_on_kwh, plan_kwh, oracle_kwh, saving_fraction_of_oracle, shortfall_hours, "
                        + "transitions (first --host-model) and every model under by_model."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--trace", required = true, paramLabel = "FILE", description = "Demand trace CSV with a header.")
    Path trace;

    @Option(names = "--column", required = true, paramLabel = "NAME",
            description = "Column to replay, or * for the sum of all columns but a leading step/timestamp column.")
    String column;

    @Option(names = "--step", defaultValue = "5m", paramLabel = "DURATION",
            description = "Spacing of rows (default: ${DEFAULT-VALUE}); rows are consecutive steps.")
    String step;

    @Option(names = "--unit", defaultValue = "percent", paramLabel = "fraction|percent|absolute",
            description = "How the column states demand (default: ${DEFAULT-VALUE} of the fleet).")
    String unit;

    @Option(names = "--capacity", paramLabel = "X",
            description = "absolute units: the fleet's total capacity in the trace's unit (default: sized from the peak).")
    Double capacity;

    @Option(names = "--hosts", defaultValue = "100", paramLabel = "N", description = "Fleet size (default: ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--host-model", paramLabel = "NAME",
            description = "Power model from the catalogue, repeatable (default: dell-r640-2017 and dell-pe2950-iii-2008).")
    List<String> hostModels;

    @Mixin
    RuleOptions rules;

    @Option(names = "--model", defaultValue = "seasonal-shape", paramLabel = "NAME",
            description = "Forecaster of the peak demand, refitted at every decision: seasonal-shape (default), or any"
                    + " of auto, auto-arima, prophet, snaive, naive, drift, mean (with the costlier ones, decide less"
                    + " often).")
    String model;

    @Option(names = "--decide-every", defaultValue = "5m", paramLabel = "DURATION",
            description = "Time between decisions, for plan and oracle alike (default: ${DEFAULT-VALUE}).")
    String decideEvery;

    @Option(names = "--calibration", defaultValue = "7d", paramLabel = "DURATION|off",
            description = "Trailing time of realised peaks the bounds are calibrated on, or off for the model's own"
                    + " interval (default: ${DEFAULT-VALUE}).")
    String calibration;

    @Option(names = "--tariff", defaultValue = "0.15", paramLabel = "PRICE",
            description = "Energy price per kWh (default: ${DEFAULT-VALUE}).")
    double tariff;

    @Option(names = "--pue", defaultValue = "1.5", paramLabel = "X", description = "Power usage effectiveness (default: ${DEFAULT-VALUE}).")
    double pue;

    @Option(names = "--price", defaultValue = "9000", paramLabel = "PRICE",
            description = "Purchase price per host, for what a deferred purchase is worth (default: ${DEFAULT-VALUE}).")
    double price;

    @Option(names = "--currency", defaultValue = "EUR", paramLabel = "CODE", description = "ISO 4217 currency (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Result JSON.")
    Path output;

    @Override
    public Integer call() throws Exception {
        OutputFiles.check("-o", output);
        checkFlags();
        Unit u = FlagChecks.with("--unit", unit, () -> Unit.parse(unit));
        Duration st = Durations.parse("--step", step);
        TraceSource source = FlagChecks.with("--capacity", capacity,
                () -> new TraceSource(trace, column, st, u, capacity, null));
        FleetSpec fleet = hostModels == null ? new FleetSpec(hosts, FleetSpec.both(hosts).models(), price)
                : new FleetSpec(hosts, hostModels, price);
        ReplayRules replay = rules.applyTo(ReplayRules.DEFAULTS)
                .withDecisionEvery(Durations.parse("--decide-every", decideEvery))
                .withCalibration(calibrationRule());
        CostSettings costs = CostSettings.DEFAULTS.withTariff(Tariff.flat(tariff)).withPue(pue);
        SimulationResult r = Simulator.run(new SimulationRequest(source, fleet, forecaster(), replay, costs, currency));
        OutputFiles.writeString(output, r.toJson());
        print(r, costs.costOfCapital());
        return 0;
    }

    /** The fleet, price and model flags checked by the core's own rules before the trace is read. */
    private void checkFlags() {
        FlagChecks.check("--hosts", hosts, () -> new FleetSpec(hosts, List.of(PowerCatalogue.MODERN), 0));
        FlagChecks.check("--price", price, () -> new FleetSpec(2, List.of(PowerCatalogue.MODERN), price));
        for (String m : hostModels == null ? List.<String>of() : hostModels) {
            FlagChecks.check("--host-model", m, () -> new FleetSpec(2, List.of(m), 0));
        }
        FlagChecks.check("--tariff", tariff, () -> Tariff.flat(tariff));
        FlagChecks.check("--pue", pue, () -> CostSettings.DEFAULTS.withPue(pue));
        FlagChecks.check("--currency", currency, () -> Currencies.check(currency));
        FlagChecks.check("--model", model, this::forecaster);
    }

    private CalibrationRule calibrationRule() {
        String c = calibration.trim();
        return c.equalsIgnoreCase("off") ? CalibrationRule.NONE
                : new CalibrationRule(true, Durations.parse("--calibration", c), true);
    }

    /** Built for the decision grid: a day of decision steps is the season, the plan's reach the horizon. */
    private ReplayModel forecaster() {
        if (model.equals("seasonal-shape")) {
            return (period, horizon) -> SeasonalShapeSpec.quarterHourAnchor(period, 7);
        }
        ModelCatalog.spec(model, 24, 0, 3);  // an unknown name fails here, before the trace is read
        return (period, horizon) -> ModelCatalog.spec(model, period, 0, horizon);
    }

    private void print(SimulationResult r, double costOfCapital) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d hosts, %.1f days replayed, forecaster %s%n", r.trace(), r.hosts(), r.days(), r.method());
        out.printf("host model             | always-on kWh |  plan kWh | oracle kWh | saved | of oracle | %-18s"
                + " | shortfall h | transitions (oracle)%n", "saved " + r.currency() + " (oracle)");
        for (ModelOutcome o : r.outcomes()) {
            out.printf("%-22s | %13.1f | %9.1f | %10.1f | %4.1f%% | %8.1f%% | %-18s | %11.2f | %d (%d)%n", o.model(),
                    o.alwaysOnKwh(), o.planKwh(), o.oracleKwh(), 100 * o.savedFraction(),
                    100 * o.savingFractionOfOracle(), String.format(Locale.ROOT, "%.2f (%.2f)", o.planSavedCost(),
                            o.oracleSavedCost()), o.plan().shortfallHours(), o.plan().transitions(),
                    o.oracle().transitions());
        }
        out.printf("purchases: %s: worth %.2f %s at %.0f %% a year%n", r.deferral().item(), r.deferral().amount(),
                r.currency(), 100 * costOfCapital);
        out.println("-> " + output);
        out.flush();
    }
}
