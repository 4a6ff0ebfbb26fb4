package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.sim.ReplayRules;
import io.capacity.planner.sim.SimulationRequest;
import io.capacity.planner.sim.SimulationResult;
import io.capacity.planner.sim.Simulator;
import io.capacity.planner.sim.Column;
import io.capacity.planner.sim.TraceSource;
import java.util.List;

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
        List<ColumnSpec> columns = r.columns();
        ColumnSpec first = columns.get(0);
        List<Column> more = columns.subList(1, columns.size()).stream().map(ColumnSpec::column).toList();
        TraceSource source = RequestProblem.with(more.isEmpty() ? "capacity" : "column",
                more.isEmpty() ? r.capacity() : r.column(),
                () -> new TraceSource(r.trace(), first.name(), r.step(), first.unit(), first.capacity(), null, more));
        ReplayRules replay = r.rules().applyTo(ReplayRules.DEFAULTS).withDecisionEvery(r.decideEvery())
                .withCalibration(r.calibrationRule()).withBreakEven(r.breakEven());
        CostSettings costs = CostSettings.DEFAULTS.withTariff(Tariff.flat(r.tariff())).withPue(r.pue())
                .withCycleCost(r.cycleCost());
        SimulationResult result = Simulator.run(new SimulationRequest(source, r.fleet(), r.forecaster(), replay, costs,
                r.currency()));
        return new Run(result, costs);
    }
}
