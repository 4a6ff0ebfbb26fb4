package io.capacity.planner.sim;

import io.capacity.planner.cost.CostLine;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.cost.Costs;
import io.capacity.planner.power.PowerCurve;

import io.capacity.planner.schedule.Needs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Entry point of {@code ./capacity simulate}: replay a real demand trace against always-on and the oracle. */
public final class Simulator {
    private Simulator() {
    }

    public static SimulationResult run(SimulationRequest req) {
        return run(req, Double.NaN);
    }

    public static SimulationResult run(Trace trace, FleetSpec fleet, ReplayModel model, ReplayRules rules,
                                       CostSettings costs, String currency) {
        return run(trace, fleet, model, rules, costs, currency, Double.NaN);
    }

    /**
     * The same replay with the plan told each window's true peak as its expectation and the true peak times
     * {@code factor} as its bound, instead of forecasting them: what a forecaster whose bound is always
     * {@code factor} x the truth would save. Factor 1 is the oracle; the benchmark uses it to show how the saving
     * falls with the bound's width.
     */
    public static SimulationResult hindsight(SimulationRequest req, double factor) {
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("hindsight factor " + factor + " must be >= 1 (1 = the oracle)");
        }
        return run(req, factor);
    }

    private static SimulationResult run(SimulationRequest req, double hindsight) {
        Trace trace = TraceReader.read(req.source(), req.rules().targetUtilisation(), req.fleet().hosts(),
                req.rules().redundancy());
        return run(trace, req.fleet(), req.model(), req.rules(), req.costs(), req.currency(), hindsight);
    }

    private static SimulationResult run(Trace trace, FleetSpec fleet, ReplayModel model, ReplayRules rules,
                                        CostSettings costs, String currency, double hindsight) {
        String cur = Currencies.check(currency);
        Replay replay = new Replay(trace, fleet.hosts(), rules, fleet.models(), hindsight, costs, fleet.pricePerHost());
        replay.run(model);
        double stepH = Costs.hours(trace.step());
        int n = trace.size() - replay.w0;
        Instant start = trace.start() == null ? null : trace.start().plus(trace.step().multipliedBy(replay.w0));
        Pricing pricing = new Pricing(trace, start, stepH, costs, cur);
        List<ModelOutcome> outcomes = new ArrayList<>();
        for (Lane l : replay.lanes) {
            outcomes.add(new ModelOutcome(l.model, l.curve.idleOverPeak(), l.packing,
                    pricing.stats("always-on " + l.model, l.alwaysMeter, l.curve, 0),
                    pricing.stats("plan " + l.model, l.planMeter, l.curve, l.transitions),
                    pricing.stats("oracle " + l.model, l.oracleMeter, l.curve, l.oracleTransitions),
                    l.plan.overrides()));
        }
        double days = n * stepH / 24;
        CostLine deferral = Costs.deferrals("buying each host only when the plan first needed it (a host never"
                + " powered: after the replay), not at its start", deferredDays(replay, n, stepH), fleet.pricePerHost(),
                costs.costOfCapital(), cur);
        return new SimulationResult(trace.name(), replay.method, cur, fleet.hosts(), days, replay.fits,
                replay.failures, replay.calibratedDecisions, replay.maxFactor,
                replay.boundsMeasured == 0 ? Double.NaN : replay.boundOverPeak / replay.boundsMeasured, outcomes,
                deferral, binding(replay));
    }

    /** Share of the acting decisions at which each replayed dimension bound the plan, by dimension name. */
    private static Map<String, Double> binding(Replay replay) {
        Map<String, Double> out = new LinkedHashMap<>();
        int total = 0;
        for (int b : replay.binding) {
            total += b;
        }
        for (int x = 0; x < replay.binding.length; x++) {
            out.put(Needs.dimension(x).name().toLowerCase(Locale.ROOT),
                    total == 0 ? Double.NaN : replay.binding[x] / (double) total);
        }
        return out;
    }

    /**
     * Days each host's purchase could wait: until the plan of any power model first powered that many hosts at
     * once (the earliest, so every model's plan would have had its hosts), or the whole replay if none did.
     */
    private static double[] deferredDays(Replay replay, int steps, double stepH) {
        double[] days = new double[replay.hosts];
        for (int k = 0; k < days.length; k++) {
            int first = steps;
            for (Lane l : replay.lanes) {
                int s = l.planMeter.firstPowered(k);
                first = s < 0 ? first : Math.min(first, s);
            }
            days[k] = first * stepH / 24;
        }
        return days;
    }

    private record Pricing(Trace trace, Instant start, double stepH, CostSettings costs, String currency) {
        PolicyStats stats(String item, Meter m, PowerCurve c, int transitions) {
            double[] w = m.watts(c);
            return new PolicyStats(Costs.kwh(w, trace.step()),
                    Costs.energy("energy " + item, w, start, trace.step(), costs, currency),
                    m.shortfallSteps() * stepH, m.targetBreachSteps() * stepH, transitions, m.meanPowered());
        }
    }
}
