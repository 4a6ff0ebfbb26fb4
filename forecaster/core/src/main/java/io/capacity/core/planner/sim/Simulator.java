package io.capacity.core.planner.sim;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.planner.cost.CostLine;
import io.capacity.core.planner.cost.CostSettings;
import io.capacity.core.planner.cost.Costs;
import io.capacity.core.planner.power.PowerCatalogue;
import io.capacity.core.planner.power.PowerCurve;

import java.util.ArrayList;
import java.util.List;

/** Entry point of {@code ./capacity simulate}: replay a real demand trace against always-on and the oracle. */
public final class Simulator {
    private Simulator() {
    }

    public static SimulationResult run(SimulationRequest req) {
        Trace trace = TraceReader.read(req.source(), req.rules().targetUtilisation(), req.fleet().hosts(),
                req.rules().redundancy());
        return run(trace, req.fleet(), req.model(), req.rules(), req.costs());
    }

    public static SimulationResult run(Trace trace, FleetSpec fleet, ModelSpec model, ReplayRules rules,
                                       CostSettings costs) {
        Replay replay = new Replay(trace, fleet.hosts(), rules);
        replay.run(model);
        double stepH = Costs.hours(trace.step());
        int n = trace.size() - replay.w0;
        var start = trace.start() == null ? null : trace.start().plus(trace.step().multipliedBy(replay.w0));
        List<ModelOutcome> outcomes = new ArrayList<>();
        for (String m : fleet.models()) {
            PowerCurve c = PowerCatalogue.builtIn().resolve(m);
            double[] a = replay.always.watts(c);
            double[] p = replay.plan.watts(c);
            double[] o = replay.oracle.watts(c);
            double ak = Costs.kwh(a, trace.step());
            double pk = Costs.kwh(p, trace.step());
            double ok = Costs.kwh(o, trace.step());
            // Undefined (NaN, JSON null) when the oracle saves nothing: on convex curves fewer hosts can cost more.
            double frac = ak - ok > 1e-9 ? (ak - pk) / (ak - ok) : Double.NaN;
            outcomes.add(new ModelOutcome(m, c.idleOverPeak(), ak, pk, ok, frac,
                    Costs.energy("energy always-on " + m, a, start, trace.step(), costs, "EUR"),
                    Costs.energy("energy plan " + m, p, start, trace.step(), costs, "EUR"),
                    Costs.energy("energy oracle " + m, o, start, trace.step(), costs, "EUR")));
        }
        double days = n * stepH / 24;
        int unneeded = fleet.hosts() - replay.plan.maxPowered();
        CostLine deferral = Costs.deferral("deferring the " + unneeded + " host(s) the plan never powered",
                unneeded, fleet.pricePerHost(), days, costs.costOfCapital(), "EUR");
        return new SimulationResult(trace.name(), model.name(), fleet.hosts(), days,
                replay.plan.shortfallSteps() * stepH, replay.oracle.shortfallSteps() * stepH, replay.transitions,
                replay.oracleTransitions, replay.overrides, replay.maxMargin, replay.fits, replay.failures,
                replay.plan.meanPowered(), replay.oracle.meanPowered(), outcomes, deferral);
    }
}
