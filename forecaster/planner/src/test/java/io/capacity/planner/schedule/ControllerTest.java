package io.capacity.planner.schedule;

import io.capacity.planner.Fixtures;
import io.capacity.planner.inventory.HostState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControllerTest {
    private static final LocalDate BOUGHT = LocalDate.of(2022, 1, 1);

    private static Requirement need(double safety, double expected) {
        return Requirement.cpu(safety, expected);
    }

    @Test
    void theEnergyPreferenceWaitsForEligibleHostsAndIsNeverUnmet() {
        Fleet fleet = new Fleet(List.of(Fixtures.MODERN.host("a", "c", BOUGHT, HostState.ON),
                Fixtures.MODERN.host("b", "c", BOUGHT, HostState.ON),
                Fixtures.MODERN.host("c", "c", BOUGHT, HostState.ON)), 0.5);
        // N+0, boot 1 step, minimum off 12 steps.
        Controller c = new Controller(fleet, new Rules(0, 0.8, 1, 12, 4, 288, Double.POSITIVE_INFINITY));
        // 60 cores need two 56-core hosts; at 60 cores the third only adds idle draw, so it goes.
        List<Transition> t0 = c.decide(0, need(60, 60), need(60, 60));
        assertEquals(1, t0.size());
        assertFalse(t0.get(0).on());
        // At 100 expected cores a third host would draw 62 W less (DrawTest), but it is inside its minimum off
        // time: the preference waits, with no override and no unmet step, since two hosts hold the 60-core bound.
        for (int t = 1; t < 12; t++) {
            assertTrue(c.decide(t, need(60, 100), need(60, 100)).isEmpty(), "step " + t);
            assertFalse(c.lastUnmet());
        }
        List<Transition> t12 = c.decide(12, need(60, 100), need(60, 100));
        assertEquals(1, t12.size());
        assertTrue(t12.get(0).on());
        assertEquals(0, c.overrides());
        assertEquals(3, c.poweredCount());
        // A safety need does break the minimum off time: 'c' goes dark again at 14, and 150 cores need all three
        // at 15.
        assertEquals(1, c.decide(14, need(60, 60), need(60, 60)).size());
        List<Transition> forced = c.decide(15, need(150, 150), need(150, 150));
        assertEquals(1, forced.size());
        assertTrue(forced.get(0).override());
        assertEquals(1, c.overrides());
    }
}
