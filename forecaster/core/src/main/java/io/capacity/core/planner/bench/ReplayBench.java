package io.capacity.core.planner.bench;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.planner.cost.CostSettings;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.planner.sim.FleetSpec;
import io.capacity.core.planner.sim.MarginRule;
import io.capacity.core.planner.sim.ModelOutcome;
import io.capacity.core.planner.sim.ReplayRules;
import io.capacity.core.planner.sim.SimulationRequest;
import io.capacity.core.planner.sim.SimulationResult;
import io.capacity.core.planner.sim.Simulator;
import io.capacity.core.planner.sim.TraceSource;
import io.capacity.core.planner.sim.Unit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Figures for docs/planner.md: replay of the real Alibaba 2018, Azure 2019 and Azure 2017 (100-VM fleet)
 * traces at a modern and an old host model, then planner run time for 1,000 hosts x 7 days.
 * Usage: {@code ReplayBench [shared-data-dir] [shape|auto|baselines|snaive]} (default {@code ../shared/data} from
 * the project root, and the seasonal shape model).
 */
public final class ReplayBench {
    private ReplayBench() {
    }

    /** The default rules; {@code -Dreplay.marginQuantile=Q} and {@code -Dreplay.marginDays=D} vary the margin. */
    private static ReplayRules rules() {
        MarginRule m = ReplayRules.DEFAULTS.margin();
        double q = Double.parseDouble(System.getProperty("replay.marginQuantile", String.valueOf(m.quantile())));
        long days = Long.parseLong(System.getProperty("replay.marginDays", String.valueOf(m.window().toDays())));
        return ReplayRules.DEFAULTS.withMargin(new MarginRule(m.enabled(), Duration.ofDays(days), q));
    }

    /** {@code shape} (the default), {@code auto} (baselines plus shape), {@code baselines}, {@code snaive}. */
    static ModelSpec model(String name) {
        return switch (name) {
            case "auto" -> RealTraces.auto();
            case "baselines" -> AutoSpec.defaults(24, 3);
            case "shape" -> RealTraces.model();
            case "snaive" -> new SeasonalNaiveSpec(24);
            default -> throw new IllegalArgumentException("model " + name + ": expected auto, baselines, shape or"
                    + " snaive");
        };
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Duration five = Duration.ofMinutes(5);
        List<TraceSource> traces = List.of(
                new TraceSource(data.resolve("datacenter-aggregates/alibaba2018_machine_usage_days_1_to_8_300s.csv"),
                        "cpu_util_percent", five, Unit.PERCENT, null, null),
                new TraceSource(data.resolve("datacenter-aggregates/azure2019_vm_cpu_mem_month_300s.csv"),
                        "cpu_usage", five, Unit.ABSOLUTE, null, null),
                new TraceSource(data.resolve("azure-vm-cpu-2017-subset/microsoft_avg_100.csv"), "*", five,
                        Unit.ABSOLUTE, null, null));
        // Auto choice among the baselines by a backtest over the decision horizon (25 steps: the hour, the boot lead
        // and the minimum off time), with conformal intervals; seasonal naive alone is the fallback candidate.
        ModelSpec model = model(args.length > 1 ? args[1] : "shape");
        System.out.println("| trace | host model | idle/peak | packing | saved vs always-on | fraction of oracle's"
                + " saving | shortfall h | target breach h (oracle) | transitions (oracle) | plan cost | always-on cost"
                + " | run s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (TraceSource t : traces) {
            long t0 = System.nanoTime();
            SimulationResult r = Simulator.run(new SimulationRequest(t, FleetSpec.both(100), model, rules(),
                    CostSettings.DEFAULTS, "EUR"));
            double secs = (System.nanoTime() - t0) / 1e9;
            for (ModelOutcome o : r.outcomes()) {
                System.out.println(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.1f %% | %.1f %% | %.2f"
                                + " | %.2f (%.2f) | %d (%d) | %.2f | %.2f | %.1f |", t.file().getFileName() + ":"
                                + t.column(), o.model(), o.idleOverPeak(), o.packingLoad(), 100 * o.savedFraction(),
                        100 * o.savingFractionOfOracle(), o.plan().shortfallHours(), o.plan().targetBreachHours(),
                        o.oracle().targetBreachHours(), o.plan().transitions(), o.oracle().transitions(),
                        o.plan().cost().amount(), o.alwaysOn().cost().amount(), secs));
            }
            System.out.println("<!-- " + r.toJson().replace("--", "- -") + " -->");
        }
        PlannerTiming.run(1000, 7);
    }
}
