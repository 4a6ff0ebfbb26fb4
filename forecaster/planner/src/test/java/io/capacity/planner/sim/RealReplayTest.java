package io.capacity.planner.sim;

import io.capacity.planner.SharedData;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.power.PowerCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays of the real Alibaba 2018 and Azure 2019 cluster aggregates and the Azure 2017 100-VM fleet. */
class RealReplayTest {
    static final TraceSource ALIBABA = RealTraces.alibaba2018(SharedData.ROOT);
    static final TraceSource AZURE = RealTraces.azure2019(SharedData.ROOT);
    static final TraceSource AZURE_2017 = RealTraces.azure2017Fleet(SharedData.ROOT);
    static final TraceSource[] ALL = {ALIBABA, AZURE, AZURE_2017};
    static final TraceSource ALIBABA_JOINT = RealTraces.alibaba2018Joint(SharedData.ROOT);
    static final TraceSource AZURE_JOINT = RealTraces.azure2019Joint(SharedData.ROOT);
    private static final Map<TraceSource, SimulationResult> RUNS = new ConcurrentHashMap<>();

    private static final Map<TraceSource, SimulationResult> ALONE = new ConcurrentHashMap<>();

    private static SimulationResult run(TraceSource s) {
        return RUNS.computeIfAbsent(s, x -> Simulator.run(new SimulationRequest(x, FleetSpec.both(100),
                RealTraces.model(), ReplayRules.DEFAULTS, CostSettings.DEFAULTS, "EUR")));
    }

    /** The replay under the rule before the break-even: a host dark for the minimum off time alone. */
    private static SimulationResult alone(TraceSource s) {
        return ALONE.computeIfAbsent(s, x -> Simulator.run(new SimulationRequest(x, FleetSpec.both(100),
                RealTraces.model(), ReplayRules.DEFAULTS.withBreakEven(false), CostSettings.DEFAULTS, "EUR")));
    }

    /**
     * Under both rules: zero shortfall, the oracle within the target and below always-on, the plan below always-on.
     * The oracle below the plan is asserted under the minimum off time alone, the rule it was measured under: with
     * the break-even rule the oracle (the same greedy controller told the truth, not an optimum) trails the plan with
     * the R640 by a little: 2 kWh of 18,369 on Azure 2019, and on the fleet (docs/planner.md, "Why not 85 %").
     */
    @Test
    void zeroShortfallAndTheOracleNeverAboveAlwaysOn() {
        for (TraceSource s : ALL) {
            for (SimulationResult r : List.of(run(s), alone(s))) {
                assertEquals(0, r.shortfallHours(), s.file() + ": " + r);
                assertEquals(0, r.oracleShortfallHours(), s.file() + ": the fleet holds the trace");
                for (ModelOutcome o : r.outcomes()) {
                    assertTrue(o.oracleKwh() < o.alwaysOnKwh(), s.file() + " " + o.model() + ": " + r);
                    assertTrue(o.planKwh() < o.alwaysOnKwh(), s.file() + " " + o.model() + ": " + r);
                    assertEquals(0, o.oracle().targetBreachHours(), "the oracle plans the true peak within the"
                            + " target");
                }
                assertEquals(0.7, r.outcome(PowerCatalogue.MODERN).packingLoad(), 5e-5,
                        "the R640 is packed to its efficient load");
            }
            for (ModelOutcome o : alone(s).outcomes()) {
                assertTrue(o.oracleKwh() < o.planKwh(), s.file() + " " + o.model() + ": " + alone(s));
            }
            assertTrue(run(s).outcome(PowerCatalogue.OLD).oracleKwh() < run(s).outcome(PowerCatalogue.OLD).planKwh(),
                    s.file() + ": with the old host the oracle stays ahead under the break-even too");
        }
    }

    /**
     * The target is 85 % of the oracle's saving with 0 shortfall hours. Zero shortfall is met on every
     * trace; the fraction on Azure 2019 at both host models and on the Azure 2017 fleet with the R640 (docs/planner.md,
     * "Why not 85 %" for the rest), so these are the measured figures less about three points, as regression
     * floors, with the target breach hours they cost as ceilings.
     */
    @Test
    void savingFractionsStayAtOrAboveTheMeasuredFloors() {
        floor(ALIBABA, PowerCatalogue.MODERN, 0.63, 0.5);
        floor(ALIBABA, PowerCatalogue.OLD, 0.44, 0.5);
        floor(AZURE, PowerCatalogue.MODERN, 0.90, 0.5);
        floor(AZURE, PowerCatalogue.OLD, 0.83, 2.5);
        floor(AZURE_2017, PowerCatalogue.MODERN, 0.92, 1.0);
        floor(AZURE_2017, PowerCatalogue.OLD, 0.70, 3.0);
    }

    private static void floor(TraceSource s, String model, double fraction, double breachHours) {
        SimulationResult r = run(s);
        ModelOutcome o = r.outcome(model);
        assertTrue(o.savingFractionOfOracle() >= fraction, s.file() + " " + model + ": " + r);
        assertTrue(o.plan().targetBreachHours() <= breachHours, s.file() + " " + model + ": " + r);
    }

    /**
     * Issue 19 item 6: CPU and memory of the same traces together. Zero shortfall in either dimension for plan and
     * oracle, the oracle within the target in both, and the joint fleet never smaller than the CPU-only one.
     */
    @Test
    void cpuAndMemoryTogetherKeepEveryDimensionServed() {
        for (TraceSource[] pair : new TraceSource[][] {{ALIBABA_JOINT, ALIBABA}, {AZURE_JOINT, AZURE}}) {
            SimulationResult joint = run(pair[0]);
            SimulationResult cpu = run(pair[1]);
            assertEquals(0, joint.shortfallHours(), pair[0].file() + ": " + joint);
            assertEquals(0, joint.oracleShortfallHours(), pair[0].file() + ": " + joint);
            assertEquals(java.util.List.of("cpu", "memory"), java.util.List.copyOf(joint.binding().keySet()));
            for (ModelOutcome o : joint.outcomes()) {
                ModelOutcome c = cpu.outcome(o.model());
                assertEquals(0, o.oracle().targetBreachHours(), "the oracle holds both under the target");
                assertTrue(o.oracleKwh() < o.alwaysOnKwh() + 1e-6 && o.planKwh() < o.alwaysOnKwh() + 1e-6,
                        pair[0].file() + " " + o.model() + ": " + joint);
                assertTrue(o.oracle().meanPowered() >= c.oracle().meanPowered() - 1e-9, "memory only adds hosts: "
                        + o.oracle() + " vs " + c.oracle());
            }
        }
    }

    /**
     * Issue 19 item 5, the part reached: against the rule it replaced (a host dark for the minimum off time alone,
     * with its own oracle), the break-even off time cuts the plan's transitions on every trace and model while the
     * fraction of the oracle's saving stays within 2 points (it rose on all six rows when measured). The transitions
     * against the oracle's are not within 1.3 times: the oracle, knowing each host's true off time, cuts more
     * (docs/planner.md, "Why not 85 %").
     */
    @Test
    void theBreakEvenCutsThePlansTransitionsAndKeepsTheFraction() {
        for (TraceSource s : ALL) {
            SimulationResult weighed = run(s);
            for (ModelOutcome o : weighed.outcomes()) {
                ModelOutcome before = alone(s).outcome(o.model());
                assertTrue(o.plan().transitions() < before.plan().transitions(), s.file() + " " + o.model() + ": "
                        + o.plan().transitions() + " vs " + before.plan().transitions());
                assertTrue(o.oracle().transitions() < before.oracle().transitions(), s.file() + " " + o.model());
                assertTrue(o.savingFractionOfOracle() >= before.savingFractionOfOracle() - 0.02, s.file() + " "
                        + o.model() + ": " + o.savingFractionOfOracle() + " vs " + before.savingFractionOfOracle());
            }
        }
    }
}
