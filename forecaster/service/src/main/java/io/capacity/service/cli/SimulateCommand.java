package io.capacity.service.cli;

import io.capacity.app.plan.PlanRules;
import io.capacity.app.plan.Simulate;
import io.capacity.app.plan.SimulateRequest;
import io.capacity.planner.sim.ModelOutcome;
import io.capacity.planner.sim.SimulationResult;
import io.capacity.planner.sim.Unit;
import io.capacity.service.json.PlannerJson;
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

    @Option(names = "--column", required = true, paramLabel = "NAME[:UNIT[:CAPACITY]]",
            description = "Column to replay, or * for the sum of all columns but a leading step/timestamp column;"
                    + " repeat it to replay CPU, then memory (then bandwidth) together: a host is needed while any"
                    + " of them needs it. UNIT as --unit; CAPACITY one host's, in the column's absolute unit.")
    List<String> columns;

    @Option(names = "--step", paramLabel = "DURATION",
            description = "Spacing of rows (default: ${DEFAULT-VALUE}); rows are consecutive steps.")
    String step;

    @Option(names = "--unit", paramLabel = "fraction|percent|absolute",
            description = "How the column states demand (default: ${DEFAULT-VALUE} of the fleet).")
    String unit;

    @Option(names = "--capacity", paramLabel = "X",
            description = "absolute units: the fleet's total capacity in the trace's unit (default: sized from the peak).")
    Double capacity;

    @Option(names = "--hosts", paramLabel = "N", description = "Fleet size (default: ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--host-model", paramLabel = "NAME",
            description = "Power model from the catalogue, repeatable (default: dell-r640-2017 and dell-pe2950-iii-2008).")
    List<String> hostModels;

    @Mixin
    RuleOptions rules;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Forecaster of the peak demand, refitted at every decision: seasonal-shape (default), or any"
                    + " of auto, auto-arima, prophet, snaive, naive, drift, mean (with the costlier ones, decide less"
                    + " often).")
    String model;

    @Option(names = "--decide-every", paramLabel = "DURATION",
            description = "Time between decisions, for plan and oracle alike (default: ${DEFAULT-VALUE}).")
    String decideEvery;

    @Option(names = "--calibration", paramLabel = "DURATION|off",
            description = "Trailing time of realised peaks the bounds are calibrated on, or off for the model's own"
                    + " interval (default: ${DEFAULT-VALUE}).")
    String calibration;

    @Option(names = "--tariff", paramLabel = "PRICE",
            description = "Energy price per kWh (default: ${DEFAULT-VALUE}).")
    double tariff;

    @Option(names = "--pue", paramLabel = "X", description = "Power usage effectiveness (default: ${DEFAULT-VALUE}).")
    double pue;

    @Option(names = "--price", paramLabel = "PRICE",
            description = "Purchase price per host, for what a deferred purchase is worth (default: ${DEFAULT-VALUE}).")
    double price;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 currency (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--power-cycle-cost", paramLabel = "PRICE",
            description = "Wear of one power cycle of a host (default: --price / 50000 rated start/stop cycles).")
    Double powerCycleCost;

    @Option(names = "--break-even", paramLabel = "on|off",
            description = "on: power a host down only when it is expected to stay off long enough to pay for its"
                    + " boot energy and wear; off: for the minimum off time alone (default: ${DEFAULT-VALUE}).")
    String breakEven;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Result JSON.")
    Path output;

    @Override
    public Integer call() throws Exception {
        OutputFiles.check("-o", output);
        // The fleet, price, cost and model flags first, checked by the planner's own rules before anything is read.
        SimulateRequest d = SimulateRequest.DEFAULTS;
        String column = columns.get(0);
        List<String> more = columns.subList(1, columns.size());
        boolean weigh = onOff("--break-even", breakEven);
        SimulateRequest request = new SimulateRequest(trace, column, d.step(), d.unit(), capacity, hosts, hostModels,
                d.rules(), model, d.decideEvery(), d.calibration(), tariff, pue, price, currency, List.of(),
                powerCycleCost, weigh);
        Unit u = SimulateRequest.unit(unit);
        Duration st = Durations.parse("--step", step);
        PlanRules r = rules.rules();
        Duration every = Durations.parse("--decide-every", decideEvery);
        String c = calibration.trim();
        Duration window = c.equalsIgnoreCase("off") ? null : Durations.parse("--calibration", c);
        request = new SimulateRequest(trace, column, st, u, capacity, hosts, hostModels, r, model, every, window,
                tariff, pue, price, currency, more, powerCycleCost, weigh);
        Simulate.Run run = Simulate.run(request);
        OutputFiles.writeString(output, PlannerJson.write(run.result()));
        print(run.result(), run.costs().costOfCapital());
        return 0;
    }

    private static boolean onOff(String flag, String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new UsageError(flag + " " + text + ": expected on or off");
        };
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
        if (r.binding().size() > 1) {
            StringBuilder b = new StringBuilder();
            r.binding().forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f %%", k, 100 * v)));
            out.println("binding dimension (share of the plan's decisions): " + b);
        }
        out.printf("purchases: %s: worth %.2f %s at %.0f %% a year%n", r.deferral().item(), r.deferral().amount(),
                r.currency(), 100 * costOfCapital);
        out.println("-> " + output);
        out.flush();
    }
}
