package io.capacity.bench.planner;

import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.planner.model.CostSettings;
import io.capacity.core.select.AutoSpec;
import io.capacity.planner.sim.FleetSpec;
import io.capacity.planner.sim.CalibrationRule;
import io.capacity.planner.sim.RealTraces;
import io.capacity.planner.sim.ReplayModel;
import io.capacity.planner.sim.ModelOutcome;
import io.capacity.planner.sim.ReplayRules;
import io.capacity.planner.sim.SimulationRequest;
import io.capacity.planner.sim.SimulationResult;
import io.capacity.planner.sim.Simulator;
import io.capacity.planner.sim.TraceSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** {@code shape} (the default), {@code auto} (baselines plus shape), {@code baselines}, {@code snaive}. */
    static ReplayModel model(String name) {
        return switch (name) {
            case "auto" -> RealTraces.auto();
            case "baselines" -> AutoSpec::defaults;
            case "shape" -> RealTraces.model();
            case "snaive" -> (period, horizon) -> new SeasonalNaiveSpec(period);
            default -> throw new IllegalArgumentException("model " + name + ": expected auto, baselines, shape or"
                    + " snaive");
        };
    }

    private static String label(TraceSource t) {
        StringBuilder s = new StringBuilder(t.file().getFileName() + ":" + t.column());
        t.more().forEach(c -> s.append('+').append(c.name()));
        return s.toString();
    }

    /**
     * The default costs, or with {@code -Dbench.cycleCost=X} another wear per power cycle (to measure how the
     * break-even rule moves with it).
     */
    private static final CostSettings COSTS = System.getProperty("bench.cycleCost") == null ? CostSettings.DEFAULTS
            : CostSettings.DEFAULTS.withCycleCost(Double.valueOf(System.getProperty("bench.cycleCost")));

    private static SimulationResult run(TraceSource t, ReplayModel model, ReplayRules rules) {
        return Simulator.run(new SimulationRequest(t, FleetSpec.both(100), model, rules, COSTS, "EUR"));
    }

    /** Wear of one power cycle of the bench's hosts (by default their price over the rated cycles). */
    private static double cycleCost() {
        return COSTS.cycleCost(FleetSpec.both(100).pricePerHost());
    }

    /**
     * Issue 19 item 5: the default (break-even off time) next to the rule it replaced (the minimum off time alone),
     * both with their oracles under the same rule. Lines start with {@code +} for a table of their own. A cycle is a
     * power-off and the power-on that undoes it, so the wear is half the transitions times the cost per cycle.
     */
    private static void breakEven(Map<String, SimulationResult> with, Map<String, SimulationResult> without) {
        System.out.println("+| trace | host model | fraction of oracle's saving: break-even (min off alone) | change"
                + " (points) | transitions (oracle): break-even | plan / oracle | transitions (oracle): min off alone"
                + " | plan / oracle | energy EUR saved - wear EUR (oracle): break-even | min off alone |");
        System.out.println("+|---|---|---|---|---|---|---|---|---|---|");
        double wear = cycleCost();
        for (var e : with.entrySet()) {
            SimulationResult b = without.get(e.getKey());
            for (ModelOutcome o : e.getValue().outcomes()) {
                ModelOutcome p = b.outcome(o.model());
                System.out.println(String.format(Locale.ROOT, "+| %s | %s | %.1f %% (%.1f %%) | %+.1f | %d (%d) | %.2f"
                                + " | %d (%d) | %.2f | %.2f (%.2f) | %.2f (%.2f) |", e.getKey(), o.model(),
                        100 * o.savingFractionOfOracle(), 100 * p.savingFractionOfOracle(),
                        100 * (o.savingFractionOfOracle() - p.savingFractionOfOracle()), o.plan().transitions(),
                        o.oracle().transitions(), o.plan().transitions() / (double) o.oracle().transitions(),
                        p.plan().transitions(), p.oracle().transitions(),
                        p.plan().transitions() / (double) p.oracle().transitions(),
                        o.planSavedCost() - wear * o.plan().transitions() / 2,
                        o.oracleSavedCost() - wear * o.oracle().transitions() / 2,
                        p.planSavedCost() - wear * p.plan().transitions() / 2,
                        p.oracleSavedCost() - wear * p.oracle().transitions() / 2));
            }
        }
    }

    /** Share of decisions each dimension bound the plan, e.g. {@code cpu 62 % / memory 38 %}. */
    private static String binding(SimulationResult r) {
        StringBuilder s = new StringBuilder();
        r.binding().forEach((k, v) -> s.append(s.length() == 0 ? "" : " / ")
                .append(String.format(Locale.ROOT, "%s %.0f %%", k, 100 * v)));
        return s.toString();
    }

    /**
     * The same replays with one rule changed at a time, so the default's choices are measured, not asserted:
     * hourly decisions, the model's own interval instead of the calibration, an 80 % bound instead of 95 %, the
     * calibration without its worst-ratio tier, and the forecast agreement (issue 19 item 5, off by default).
     * Lines start with {@code ~} so the script can put them in a table of their own.
     */
    private static void variants(List<TraceSource> traces, ReplayModel model) {
        Map<String, ReplayRules> rules = new LinkedHashMap<>();
        rules.put("hourly decisions", ReplayRules.DEFAULTS.withDecisionEvery(Duration.ofHours(1)));
        rules.put("model's own 95 % interval, no calibration",
                ReplayRules.DEFAULTS.withCalibration(CalibrationRule.NONE));
        rules.put("80 % bound", ReplayRules.DEFAULTS.withTarget(ReplayRules.DEFAULTS.targetUtilisation(), 80));
        rules.put("no worst-ratio tier (the 95 % rank alone)",
                ReplayRules.DEFAULTS.withCalibration(new CalibrationRule(true, Duration.ofDays(7), false)));
        rules.put("power-off only on a dip the forecasts of the last hour agree on",
                ReplayRules.DEFAULTS.withAgreement(true));
        System.out.println("~| trace | host model | rules changed | fraction of oracle's saving | shortfall h"
                + " | target breach h | transitions (oracle) | energy EUR saved - wear EUR |");
        System.out.println("~|---|---|---|---|---|---|---|---|");
        for (TraceSource t : traces) {
            for (var e : rules.entrySet()) {
                SimulationResult r = Simulator.run(new SimulationRequest(t, FleetSpec.both(100), model, e.getValue(),
                        CostSettings.DEFAULTS, "EUR"));
                for (ModelOutcome o : r.outcomes()) {
                    System.out.println(String.format(Locale.ROOT, "~| %s | %s | %s | %.1f %% | %.2f | %.2f | %d (%d)"
                                    + " | %.2f |", label(t), o.model(), e.getKey(), 100 * o.savingFractionOfOracle(),
                            o.plan().shortfallHours(), o.plan().targetBreachHours(), o.plan().transitions(),
                            o.oracle().transitions(), o.planSavedCost() - cycleCost() * o.plan().transitions() / 2));
                }
            }
        }
    }

    /**
     * The ceiling of forecasting: the plan told each window's true peak times a factor. Lines start with {@code =}
     * for a table of their own; with the measured bound / true peak of the default plan they show how much of the
     * gap to the oracle is the width of the forecast.
     */
    private static void hindsight(List<TraceSource> traces, ReplayModel model) {
        double[] factors = {1.02, 1.05, 1.10, 1.20};
        StringBuilder head = new StringBuilder("=| trace | host model |");
        for (double f : factors) {
            head.append(String.format(Locale.ROOT, " true peak x %.2f |", f));
        }
        System.out.println(head);
        System.out.println("=|---|---|" + "---|".repeat(factors.length));
        for (TraceSource t : traces) {
            SimulationRequest req = new SimulationRequest(t, FleetSpec.both(100), model, ReplayRules.DEFAULTS,
                    CostSettings.DEFAULTS, "EUR");
            List<SimulationResult> runs = new ArrayList<>();
            for (double f : factors) {
                runs.add(Simulator.hindsight(req, f));
            }
            for (ModelOutcome o : runs.get(0).outcomes()) {
                StringBuilder row = new StringBuilder("=| " + label(t) + " | " + o.model() + " |");
                for (SimulationResult r : runs) {
                    ModelOutcome h = r.outcome(o.model());
                    row.append(String.format(Locale.ROOT, " %.1f %% (%.2f h short) |",
                            100 * h.savingFractionOfOracle(), h.plan().shortfallHours()));
                }
                System.out.println(row);
            }
        }
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<TraceSource> traces = RealTraces.all(data);
        List<TraceSource> every = new ArrayList<>(traces);
        every.addAll(RealTraces.joint(data));
        ReplayModel model = model(args.length > 1 ? args[1] : "shape");
        System.out.println("| trace | host model | idle/peak | packing | saved vs always-on | fraction of oracle's"
                + " saving | shortfall h | target breach h (oracle) | transitions (oracle) | energy EUR saved (oracle)"
                + " | purchases deferred EUR | power-off bound / true peak | run s | binding |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, SimulationResult> with = new LinkedHashMap<>();
        Map<String, SimulationResult> without = new LinkedHashMap<>();
        for (TraceSource t : every) {
            long t0 = System.nanoTime();
            SimulationResult r = run(t, model, ReplayRules.DEFAULTS);
            double secs = (System.nanoTime() - t0) / 1e9;
            with.put(label(t), r);
            without.put(label(t), run(t, model, ReplayRules.DEFAULTS.withBreakEven(false)));
            for (ModelOutcome o : r.outcomes()) {
                System.out.println(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.1f %% | %.1f %% | %.2f"
                                + " | %.2f (%.2f) | %d (%d) | %.2f (%.2f) | %.2f | %.3f | %.1f | %s |", label(t),
                        o.model(), o.idleOverPeak(), o.packingLoad(), 100 * o.savedFraction(),
                        100 * o.savingFractionOfOracle(), o.plan().shortfallHours(), o.plan().targetBreachHours(),
                        o.oracle().targetBreachHours(), o.plan().transitions(), o.oracle().transitions(),
                        o.planSavedCost(), o.oracleSavedCost(), r.deferral().amount(), r.meanBoundOverPeak(), secs,
                        binding(r)));
            }
        }
        breakEven(with, without);
        if (args.length > 2 && args[2].equals("quick")) {
            return;
        }
        variants(traces, model);
        hindsight(traces, model);
        PlannerTiming.run(1000, 7);
    }
}
