package io.capacity.planner.sim;

import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.power.PowerCatalogue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 item 6: CPU and memory replayed together. A host is needed while either needs it, so a night when CPU
 * falls but memory stays up keeps the hosts memory needs, for plan and oracle alike, with no shortfall in either.
 */
class JointReplayTest {
    private static final ReplayModel SNAIVE = (period, horizon) -> new SeasonalNaiveSpec(period);
    private static final FleetSpec FLEET = new FleetSpec(40, List.of(PowerCatalogue.OLD), 2000);

    private static Trace trace(boolean withMemory) {
        Random rnd = new Random(11);
        double[] cpu = new double[5 * 288];
        double[] mem = new double[cpu.length];
        for (int i = 0; i < cpu.length; i++) {
            cpu[i] = Math.max(0, 0.45 + 0.3 * Math.sin(2 * Math.PI * i / 288) + 0.01 * rnd.nextGaussian());
            mem[i] = Math.max(0, 0.5 + 0.05 * Math.sin(2 * Math.PI * i / 288) + 0.005 * rnd.nextGaussian());
        }
        return withMemory ? new Trace("joint", cpu, Duration.ofMinutes(5), null, new double[][] {mem})
                : new Trace("cpu", cpu, Duration.ofMinutes(5), null);
    }

    private static SimulationResult run(Trace t) {
        return Simulator.run(t, FLEET, SNAIVE, ReplayRules.DEFAULTS, CostSettings.DEFAULTS, "EUR");
    }

    @Test
    void memoryKeepsTheHostsItNeedsWhenCpuFalls() {
        SimulationResult cpu = run(trace(false));
        SimulationResult joint = run(trace(true));
        ModelOutcome c = cpu.outcome(PowerCatalogue.OLD);
        ModelOutcome j = joint.outcome(PowerCatalogue.OLD);
        assertEquals(0, joint.shortfallHours(), joint.toString());
        assertEquals(0, joint.oracleShortfallHours(), joint.toString());
        assertEquals(0, j.oracle().targetBreachHours(), "the oracle holds every dimension under the target");
        // Memory at 45-55 % of the fleet needs about 26-29 of 40 hosts all day; CPU alone would go down to ~8.
        assertTrue(j.oracle().meanPowered() > c.oracle().meanPowered() + 3, j.oracle() + " vs " + c.oracle());
        assertTrue(j.plan().meanPowered() > c.plan().meanPowered() + 3, j.plan() + " vs " + c.plan());
        assertTrue(j.oracle().meanPowered() >= 0.5 * 40 / 0.8, "memory's need at its trough: " + j.oracle());
        // Each dimension bound at some decisions: CPU by day, memory by night.
        assertEquals(List.of("cpu", "memory"), List.copyOf(joint.binding().keySet()));
        assertTrue(joint.binding().get("memory") > 0.2 && joint.binding().get("cpu") > 0.2, joint.binding()
                .toString());
        assertEquals(1.0, cpu.binding().get("cpu"), 1e-12);
        assertTrue(j.oracleKwh() <= j.planKwh() * 1.001 && j.planKwh() <= j.alwaysOnKwh() * 1.001, j.toString());
    }
}
