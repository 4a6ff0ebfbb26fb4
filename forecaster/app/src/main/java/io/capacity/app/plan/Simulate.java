package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.sim.ReplayRules;
import io.capacity.planner.sim.SimulationRequest;
import io.capacity.planner.sim.SimulationResult;
import io.capacity.planner.sim.Simulator;
import io.capacity.planner.sim.TraceSource;

/** Use case: replay a demand trace with the plan's rules, next to always-on and the oracle. */
public final class Simulate {
    /** The replay's outcome, with the costs it was priced at. */
    public record Run(SimulationResult result, CostSettings costs) {
    }

    private Simulate() {
    }

    public static Run run(SimulateRequest r) {
        if (r.trace() == null || r.column() == null) {
            throw RequestProblem.text("give {trace} and {column}", true);
        }
        TraceSource source = RequestProblem.with("capacity", r.capacity(),
                () -> new TraceSource(r.trace(), r.column(), r.step(), r.unit(), r.capacity(), null));
        ReplayRules replay = r.rules().applyTo(ReplayRules.DEFAULTS).withDecisionEvery(r.decideEvery())
                .withCalibration(r.calibrationRule());
        CostSettings costs = CostSettings.DEFAULTS.withTariff(Tariff.flat(r.tariff())).withPue(r.pue());
        SimulationResult result = Simulator.run(new SimulationRequest(source, r.fleet(), r.forecaster(), replay, costs,
                r.currency()));
        return new Run(result, costs);
    }
}
