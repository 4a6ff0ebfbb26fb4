package io.capacity.planner.schedule;

import io.capacity.planner.Fixtures;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.model.CostSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 item 5: a host goes dark only when the expected demand leaves it unneeded for at least its break-even off
 * time (the power cycle's boot energy and wear over the watts its absence saves), and then stays dark that long unless
 * the safety need calls it back.
 */
class BreakEvenTest {
    private static final LocalDate BOUGHT = LocalDate.of(2022, 1, 1);
    /** 0.10 a cycle at 0.15/kWh and PUE 1.5: 444.4 Wh of IT energy. */
    private static final CostSettings COSTS = CostSettings.DEFAULTS.withCycleCost(0.10);
    /** Three 8-core PE2950s (147 W idle, 6 W standby), N+0, boot 1 step, minimum off 12 steps (1 h) of 5 minutes. */
    private static final Rules MIN_OFF_ALONE = new Rules(0, 0.8, 1, 12, 4, 288, Double.POSITIVE_INFINITY);

    private static Fleet fleet() {
        return new Fleet(List.of(Fixtures.OLD.host("a", "c", BOUGHT, HostState.ON),
                Fixtures.OLD.host("b", "c", BOUGHT, HostState.ON),
                Fixtures.OLD.host("c", "c", BOUGHT, HostState.ON)), 0.5);
    }

    private static Requirement cores(double safety) {
        return Requirement.cpu(safety, 0);
    }

    @Test
    void theBreakEvenOffTimeIsTheCyclesCostOverTheSaving() {
        Host h = fleet().host(0);
        // (147 W x 5 min booting + 0.10 / (0.15 x 1.5) kWh of wear) / (147 - 6) W saved by an idle host.
        double expected = (147.0 / 12 + 0.10 / 0.225 * 1000) / 141;
        assertEquals(expected, BreakEven.of(COSTS).hours(h, 1 / 12.0, 141), 1e-9);
        assertEquals(3.239, expected, 1e-3);
        // Without wear the boot alone pays back in 5.2 minutes; by default wear is the price over 50,000 cycles.
        assertEquals(147.0 / 12 / 141, BreakEven.of(COSTS.withCycleCost(0.0)).hours(h, 1 / 12.0, 141), 1e-9);
        assertEquals(2000 / 50_000.0, CostSettings.DEFAULTS.cycleCost(h.price()), 1e-12);
        assertTrue(Double.isInfinite(BreakEven.of(COSTS).hours(h, 1 / 12.0, 0)), "nothing saved: never pays");
    }

    @Test
    void aHostNeededAgainBeforeItsBreakEvenStaysOn() {
        // 8 cores expected for the next two hours, then 24: one host carries the first, all three the second.
        IntFunction<Requirement> stay = n -> cores(n <= 24 ? 8 : 24);
        Controller alone = new Controller(fleet(), MIN_OFF_ALONE);
        assertEquals(2, alone.decide(0, cores(8), cores(8), stay, 288).size(),
                "the minimum off time alone lets two go");
        Controller weighed = new Controller(fleet(), MIN_OFF_ALONE.withBreakEven(BreakEven.of(COSTS)));
        assertTrue(weighed.decide(0, cores(8), cores(8), stay, 288).isEmpty(), "3.2 h to pay, needed again in 2 h");
        assertEquals(3, weighed.poweredCount());
        // Quiet for longer than the break-even (39 steps of 5 minutes): they go.
        assertEquals(2, weighed.decide(1, cores(8), cores(8), n -> cores(n <= 40 ? 8 : 24), 288).size());
        // A break-even beyond the longest off time considered keeps them on, however quiet.
        Controller shortSighted = new Controller(fleet(), MIN_OFF_ALONE.withBreakEven(BreakEven.of(COSTS)));
        assertTrue(shortSighted.decide(0, cores(8), cores(8), n -> cores(8), 38).isEmpty());
    }

    @Test
    void aHostThatWentDarkStaysDarkForItsBreakEvenUnlessSafetyCallsItBack() {
        Controller c = new Controller(fleet(), MIN_OFF_ALONE.withBreakEven(BreakEven.of(COSTS)));
        assertEquals(2, c.decide(0, cores(8), cores(8), n -> cores(8), 288).size());
        // Past the hour but inside the break-even (39 steps), a safety need calls a host back as an override, as
        // inside the minimum off time; without the rule it would be a plain power-on.
        List<Transition> forced = c.decide(20, cores(16), cores(16), n -> cores(16), 288);
        assertEquals(1, forced.size());
        assertTrue(forced.get(0).override());
        // Past its break-even off time (39 steps) the other host comes back without breaking anything.
        List<Transition> due = c.decide(39, cores(24), cores(24), n -> cores(24), 288);
        assertEquals(1, due.size());
        assertFalse(due.get(0).override());
    }

    @Test
    void aHostIsNeededWhileAnyDimensionNeedsIt() {
        // Three R640s (56 cores, 192 GB each), N+0: 10 cores need one host, 300 GB need two.
        Fleet fleet = new Fleet(List.of(Fixtures.MODERN.host("a", "c", BOUGHT, HostState.ON),
                Fixtures.MODERN.host("b", "c", BOUGHT, HostState.ON),
                Fixtures.MODERN.host("c", "c", BOUGHT, HostState.ON)), 0.5);
        Controller cpuOnly = new Controller(fleet, MIN_OFF_ALONE);
        cpuOnly.decide(0, cores(10), cores(10));
        assertEquals(1, cpuOnly.poweredCount());
        Controller joint = new Controller(fleet, MIN_OFF_ALONE);
        Requirement both = Requirement.of(new double[] {10, 300, 0});
        joint.decide(0, both, both);
        assertEquals(2, joint.poweredCount(), "memory binds");
        // Memory rises past what two hosts hold: a third is powered for memory alone.
        List<Transition> on = joint.decide(13, Requirement.of(new double[] {10, 400, 0}),
                Requirement.of(new double[] {10, 400, 0}));
        assertEquals(1, on.size());
        assertTrue(on.get(0).on());
        assertFalse(joint.lastUnmet());
    }
}
